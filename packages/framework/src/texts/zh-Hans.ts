/** The framework's texts in "zh-Hans", keyed as in `mapFrameworkTexts`. */
import type { FrameworkTexts } from '@dtc/schema';

const zhHans: FrameworkTexts = {
  format: 'dtc.framework-texts',
  version: 1,
  framework: {
    id: 'six-pillars',
    version: '2.0.0',
  },
  locale: 'zh-Hans',
  texts: {
    title: '教育数字化转型六大支柱',
    description: '围绕六大相互关联的支柱，对教育系统善用数字技术的准备程度进行自我评估。',
    'level.1.label': '潜在',
    'level.1.description': '基本没有任何安排；即便有所行动，也较为零散，依赖个人推动。',
    'level.2.label': '起步',
    'level.2.description': '已有初步的政策、试点或投资，但范围有限、缺乏资金或尚未形成协调。',
    'level.3.label': '成型',
    'level.3.description':
      '相关安排已在全系统落实，有资金保障，由明确的机构负责，并在实践中切实运行。',
    'level.4.label': '先进',
    'level.4.description':
      '相关安排已延续多个预算周期，惠及几乎所有学校和学习者，依托数据开展监测，并按固定周期进行审查，推动持续改进。',
    'vision.purpose':
      '教育数字化转型是手段，而非目的。它应由各国主导，围绕六大相互关联的支柱统筹规划，帮助每一位学习者获得优质教育和终身学习机会，并推动教育系统更具包容性、韧性和效率。',
    'priority.learning-for-all.title': '人人享有更好的学习',
    'priority.learning-for-all.summary':
      '在数字技术能够改善学习者学什么、怎么学的地方加以运用，并核实其确有成效。',
    'priority.close-digital-divides.title': '弥合数字鸿沟',
    'priority.close-digital-divides.summary':
      '优先惠及最落后的学习者和学校：农村和偏远地区、女童、残障学习者、少数民族语言使用者以及流离失所的学习者。',
    'priority.empowered-teachers.title': '赋能教师',
    'priority.empowered-teachers.summary':
      '为教师提供有目的地使用技术所需的技能、设备、内容和时间，并让他们参与相关决策。',
    'priority.resilient-systems.title': '有韧性、管理良好的系统',
    'priority.resilient-systems.summary':
      '在危机和学校停课期间保持学习不中断，并利用及时的数据开展规划、配置资源和支持学校。',
    'principle.holistic.title': '整体推进，而非各自为政',
    'principle.holistic.summary':
      '统筹规划六大支柱：有设备而无网络连接，有内容而无训练有素的教师，有平台而无运行预算，都无法推动教育变革。',
    'principle.country-led.title': '国家主导',
    'principle.country-led.summary':
      '由国家优先事项和教育部门计划确定方向；合作伙伴使自身的支持与之保持一致，而不是反过来。',
    'principle.inclusive-by-design.title': '从设计之初注重公平与包容',
    'principle.inclusive-by-design.summary':
      '从一开始就为最边缘化的学习者进行设计，使技术缩小而不是扩大差距。',
    'principle.sustainable.title': '长期可持续',
    'principle.sustainable.summary':
      '为每项技术的整个生命周期编制预算，包括运行成本和更新替换，并控制其能耗和电子废弃物。',
    'principle.evidence-informed.title': '循证施策',
    'principle.evidence-informed.summary':
      '先试点、测量和总结经验，再扩大规模，并以有关使用情况、成本和学习成效的数据指导决策。',
    'principle.rights-privacy.title': '权利、安全与隐私',
    'principle.rights-privacy.summary':
      '在每一个系统、合同和伙伴关系中，保护学习者和教师的权利、上网安全以及他们的个人数据。',
    'pillar.coordination-leadership.title': '协调与领导',
    'pillar.coordination-leadership.summary':
      '政府是否主导教育数字化转型：有共同的战略，有协调各部委和各级政府的机构，有由政府掌握方向的伙伴关系，有保护儿童上网安全的规则，对进展开展监测，并有意识地努力惠及最有可能被落下的学习者。',
    'component.digital-strategy.title': '国家数字教育战略',
    'component.digital-strategy.summary':
      '服务于教育部门计划各项目标的国家数字教育战略或计划，明确目标、成本、时间表和负责单位。',
    'question.digital-strategy-status.title': '是否有国家层面的教育数字化转型战略？',
    'question.digital-strategy-status.help':
      '单独制定的战略符合要求；教育部门计划或国家数字战略中的一个章节，只要已正式通过，同样符合要求。佐证材料：已通过的文本、批准法令或批准日期、成果框架。',
    'question.digital-strategy-status.level.1':
      '没有国家数字教育战略或计划；各项举措逐个项目分散启动。',
    'question.digital-strategy-status.level.2':
      '战略仅停留在草案阶段，或虽已通过但没有目标、成本测算或实施计划，或已到期而未续订。',
    'question.digital-strategy-status.level.3':
      '一项正式通过的战略正在实施，具备目标、时间表、经过成本测算的实施计划，并指定了负责落实的单位。',
    'question.digital-strategy-status.level.4':
      '现行战略经过成本测算并有资金保障，每年至少对照目标审查一次进展，并已根据审查结果作过修订。',
    'question.digital-strategy-sector-plan.title': '数字教育与教育部门计划的衔接有多紧密？',
    'question.digital-strategy-sector-plan.help':
      '教育部门计划是政府针对整个教育部门制定的多年期计划，通常得到发展伙伴的认可。联合部门审查是政府与合作伙伴对该计划开展的定期审查。',
    'question.digital-strategy-sector-plan.level.1':
      '教育部门计划没有提及数字技术，或仅将其作为笼统的愿景提及。',
    'question.digital-strategy-sector-plan.level.2':
      '部门计划将数字技术列为优先事项，但数字化活动单独规划、单独编制预算，往往包含在捐助方资助的项目中。',
    'question.digital-strategy-sector-plan.level.3':
      '数字化活动在部门计划中有各自的目标、指标和预算科目，且每项活动都与某一部门目标（如入学机会、学习或教师发展）挂钩。',
    'question.digital-strategy-sector-plan.level.4':
      '数字化活动在部门计划中有各自的目标、指标和预算科目，每次联合部门审查都对其进行检视，其结果已影响当前的规划周期。',
    'question.digital-strategy-leadership.title': '教育部内由谁牵头负责数字教育？',
    'question.digital-strategy-leadership.option.no-lead':
      '没有任何单位或个人的职责范围涵盖数字教育。',
    'question.digital-strategy-leadership.option.project-unit':
      '由有期限项目出资设立的项目单位或联络人。',
    'question.digital-strategy-leadership.option.permanent-unit':
      '列入部内组织架构的常设单位，拥有专职人员和独立预算。',
    'question.digital-strategy-leadership.option.senior-lead':
      '拥有专职人员和独立预算的常设单位，由高级管理层领导，并定期向部长或部务管理委员会汇报。',
    'component.cross-government-coordination.title': '跨政府协调',
    'component.cross-government-coordination.summary':
      '主管教育、信息通信技术或电信以及财政的各部委、各监管机构以及地区和地方当局，如何在数字教育方面划分职责、共同决策。',
    'question.cross-government-coordination-body.title': '是否有跨部委协调数字教育的机构？',
    'question.cross-government-coordination-body.help':
      '佐证材料：设立该机构的法令或命令、职权范围、成员名单、最近几次会议的纪要。',
    'question.cross-government-coordination-body.level.1':
      '没有协调机构；各部委仅在个别项目需要时才会商。',
    'question.cross-government-coordination-body.level.2':
      '设有委员会或工作组，但开会不规律、没有书面授权，或仅有部分相关部委参加。',
    'question.cross-government-coordination-body.level.3':
      '一个具有正式授权的机构至少汇集教育、信息通信技术和财政三个部委；按固定日程开会，留存会议纪要，并设有秘书处。',
    'question.cross-government-coordination-body.level.4':
      '一个具有正式授权、至少包括教育、信息通信技术和财政三个部委的机构，作出对成员具有约束力的决定（如联合投资或共同标准），并在历次会议间跟踪决定的落实情况。',
    'question.cross-government-coordination-mandates.title':
      '数字教育各项工作分别由哪个部委或机构负责，是否明确？',
    'question.cross-government-coordination-mandates.level.1':
      '职责没有书面规定：多个机构争相承担同样的任务（如采购设备或为学校联网），而其他任务却无人负责。',
    'question.cross-government-coordination-mandates.level.2':
      '部分任务（例如学校网络连接）的职责在协议或项目文件中有所规定，但数字教育整体上没有明确分工。',
    'question.cross-government-coordination-mandates.level.3':
      '一份正式文本或谅解备忘录为各部委、机构和监管机构分配了主要任务的职责：网络连接、设备、内容、教师培训和数据。',
    'question.cross-government-coordination-mandates.level.4':
      '职责由正式文本分配，每项职责都对应承担机构的一个预算科目，实践中出现的职责重叠或空白由协调机构加以解决。',
    'question.cross-government-coordination-regions.title': '地区和地方教育主管部门如何参与？',
    'question.cross-government-coordination-regions.help':
      '如果教育系统没有地区或地方层级（如一些小国），本问题不适用。',
    'question.cross-government-coordination-regions.level.1':
      '地区和地方主管部门要等到设备或指令送达所辖学校时，才得知有关数字化项目。',
    'question.cross-government-coordination-regions.level.2':
      '地区主管部门会获知国家计划并须报告落实情况，但对计划设计没有发言权，也没有专门负责数字教育的人员。',
    'question.cross-government-coordination-regions.level.3':
      '每个地区都有指定的数字教育负责人或团队，地区参与规划工作，例如确定本地区学校配备设备的先后顺序。',
    'question.cross-government-coordination-regions.level.4':
      '各地区有指定人员和专门的数字教育预算，并参与规划；国家和地区团队每年至少共同审查一次进展。',
    'component.partnerships.title': '多利益攸关方伙伴关系',
    'component.partnerships.summary':
      '政府如何与企业、联合国机构、非政府组织、捐助方和开发银行合作，并使它们的贡献与国家优先事项保持一致。',
    'question.partnerships-alignment.title': '合作伙伴资助的举措是否与国家战略保持一致？',
    'question.partnerships-alignment.level.1':
      '合作伙伴自行设计和实施各自的举措；教育部没有完整的清单，不掌握谁在何地做什么。',
    'question.partnerships-alignment.level.2':
      '教育部备有合作伙伴举措清单，但许多举措在征求教育部意见之前就已设计完成，有些相互重叠，或依赖彼此无法协同的平台。',
    'question.partnerships-alignment.level.3':
      '每项新的合作伙伴举措启动前，教育部都对照国家战略予以审批，并保持一份实时更新的分布图，标明哪些合作伙伴支持哪些地区和哪些要素。',
    'question.partnerships-alignment.level.4':
      '合作伙伴通过联合计划或统筹基金资助国家战略的部分内容，并按共同指标报告；教育部能够将其支持引向服务不足的地区或要素。',
    'question.partnerships-rules-of-engagement.title':
      '对在学校开展工作的企业和其他合作伙伴，是否有合作规则？',
    'question.partnerships-rules-of-engagement.help':
      '合作规则规定合作伙伴可以做什么、不可以做什么：学习者数据的使用、广告、知识产权、利益冲突，以及项目如何移交或终止。',
    'question.partnerships-rules-of-engagement.level.1':
      '没有任何规则：对免费提供的设备、平台或内容逐案接受，既不核查数据将如何使用，也不考虑其日后的成本。',
    'question.partnerships-rules-of-engagement.level.2':
      '已有部分规则，如示范协议或禁止在学校投放广告，但未涵盖数据保护、内容所有权或支持结束后的安排。',
    'question.partnerships-rules-of-engagement.level.3':
      '已公布的规则或标准协议涵盖数据保护、广告、知识产权、利益冲突和退出安排，适用于在公立学校开展工作的所有合作伙伴。',
    'question.partnerships-rules-of-engagement.level.4':
      '已公布的规则涵盖上述所有方面，每次续签协议前都核查遵守情况，且规则已在听取合作伙伴、学校和家长意见的基础上至少修订过一次。',
    'component.policy-regulation.title': '政策与监管',
    'component.policy-regulation.summary':
      '在数字教育中保护儿童上网安全的规则，以及对数字教育政策执行情况的监测。',
    'question.policy-regulation-child-protection.title': '在数字教育中如何保护儿童的上网安全？',
    'question.policy-regulation-child-protection.help':
      '儿童在线保护涵盖接触有害内容、网络欺凌、网络诱骗和剥削，以及儿童个人数据被滥用等问题。',
    'question.policy-regulation-child-protection.level.1':
      '没有任何法律、政策或指南涉及儿童在学校或教育平台上的上网安全。',
    'question.policy-regulation-child-protection.level.2':
      '已有关于儿童在线保护的一般性法律或国家政策，但教育部门尚未将其转化为针对学校和平台的规则或指南。',
    'question.policy-regulation-child-protection.level.3':
      '教育部已为学校和教育平台制定内容过滤、事件报告和学习者个人数据处理方面的规则，这些规则已纳入学校指南和教师培训。',
    'question.policy-regulation-child-protection.level.4':
      '针对学校和平台的规则得到执行：通过学校和家庭知晓的报告渠道记录并跟进事件，规则随新风险（如生成式人工智能工具）的出现而修订。',
    'question.policy-regulation-monitoring.title': '如何监测数字教育政策的执行情况？',
    'question.policy-regulation-monitoring.level.1':
      '无人监测执行情况：没有指标，也没有关于数字教育的定期报告。',
    'question.policy-regulation-monitoring.level.2':
      '各项目按各自的指标向资助方报告，但没有人将结果汇总成全国整体情况。',
    'question.policy-regulation-monitoring.level.3':
      '每年至少报告一次一套国家指标（如已联网学校比例、每台设备对应的学习者人数或受训教师人数），按地区分列，并在数据允许时对学习者按性别和残疾状况分列。',
    'question.policy-regulation-monitoring.level.4':
      '每年至少按上述分类报告一次国家指标，报告予以公布或与合作伙伴及协调机构共享，群体或地区之间的差距促成了有据可查的计划或预算调整。',
    'component.inclusion.title': '公平与包容',
    'component.inclusion.summary':
      '最有可能被排除在数字学习之外的学习者是否被统计在内、纳入规划并切实惠及：女童和女教师，难民、境内流离失所者和移民学习者，以及偏远和农村地区的学习者。残障学习者的情况由学习空间和数字内容的无障碍问题涵盖。',
    'question.inclusion-gender.title': '如何应对数字学习中的性别差距？',
    'question.inclusion-gender.help':
      '数字学习中的性别差距，是指女童与男童之间、女教师与男教师之间在获取设备和网络连接、数字技能或选修数字和计算机课程方面存在的差异。有针对性的措施包括导师辅导、女童俱乐部、在校安全使用设备，以及在数字培训中为女性预留名额。',
    'question.inclusion-gender.level.1':
      '没有按性别分列的数字接入或技能数据，也没有任何针对女童或女教师的措施。',
    'question.inclusion-gender.level.2':
      '已有部分按性别分列的数据（例如来自某项调查或项目），但数字教育战略没有设定目标，也没有规划措施来缩小这些数据所显示的差距。',
    'question.inclusion-gender.level.3':
      '至少每两年按性别测量一次学习者和教师的数字接入和技能状况，战略为缩小所发现的差距设定了目标，并有针对女童和女教师的措施。',
    'question.inclusion-gender.level.4':
      '至少每两年对照战略设定的目标按性别测量一次差距；针对性措施有专门的预算科目，每年报告差距缩小的进展，未能缩小差距的措施已作修订。',
    'question.inclusion-displaced-learners.title':
      '难民、境内流离失所者和移民学习者如何纳入国家数字学习体系？',
    'question.inclusion-displaced-learners.help':
      '国家数字学习是指国家教育系统向本国学习者提供的平台、内容、设备和账户，有别于仅为这些学习者单独提供的服务。他们能理解的语言可以是其第一语言，也可以是辅以语言支持的教学语言。如果本国不接收难民、境内流离失所者或移民学习者，本问题不适用；只要有此类学习者，即便人数很少，也应作答。',
    'question.inclusion-displaced-learners.level.1':
      '国家数字学习项目没有为这些学习者作出任何安排；他们获得的数字学习都来自零星的人道主义项目。',
    'question.inclusion-displaced-learners.level.2':
      '部分此类学习者参与数字学习，但依靠人道主义机构或联合国机构提供的平行服务，这些服务有各自的平台、内容和记录，游离于国家系统之外。',
    'question.inclusion-displaced-learners.level.3':
      '国家政策赋予这些学习者与其他学习者同等使用国家平台、内容、设备和账户的权利；他们被纳入国家教育数据，并以其能理解的语言获得内容或语言支持。',
    'question.inclusion-displaced-learners.level.4':
      '这些学习者享有与其他学习者同等的使用权，被纳入国家教育数据，并以其能理解的语言获得内容或支持；每年至少将其接入和使用情况与东道社区学习者比较一次，相关服务由国家预算或与合作伙伴商定的多年期计划出资。',
    'question.inclusion-remote-learners.title':
      '偏远地区的学习者能否与城市学习者在同等条件下获得数字学习？',
    'question.inclusion-remote-learners.help':
      '偏远地区是指远离城镇和主干网络的农村和偏僻地区，如山区、岛屿、沙漠或林区。同等条件是指可比的网络连接、设备、内容和支持。',
    'question.inclusion-remote-learners.level.1':
      '没有人比较偏远学校和城市学校的数字接入情况，国家项目默认首先惠及城市学校。',
    'question.inclusion-remote-learners.level.2':
      '学校普查等数据显示了偏远学校与城市学校之间的差距，但各项目没有设定目标，也没有为偏远地区规划专门的服务。',
    'question.inclusion-remote-learners.level.3':
      '差距得到测量，战略为偏远学校设定了目标（如到某一年份实现联网和配备设备的学校比例），并提供有资金保障、适合当地情况的方案：卫星或社区网络、太阳能供电、离线内容、流动支持团队。',
    'question.inclusion-remote-learners.level.4':
      '每年对照数据审查针对偏远学校的目标和有资金保障的服务方案，最新数据显示，偏远学校的联网率和设备配备率已接近城市学校。',
    'pillar.connectivity-infrastructure.title': '网络连接与基础设施',
    'pillar.connectivity-infrastructure.summary':
      '数字学习的物质基础：学校的电力和互联网，学习者和教师使用的设备以及维持其正常运行的支持服务，用于访问各项服务的软件和数字身份，以及适合数字化使用的学习空间，同时关注其能源消耗。',
    'component.electricity-internet.title': '电力与互联网接入',
    'component.electricity-internet.summary':
      '学校是否有可靠的电力供应（无论来自电网还是离网电源），以及带宽足以支持教学、运行正常的互联网连接；政府是否掌握哪些学校已联网及连接质量如何；网络连接是否得到长期稳定的保障。',
    'question.electricity-internet-power.title': '有多少学校在整个上课日都有可靠的电力供应？',
    'question.electricity-internet-power.help':
      '如果过去一个月中几乎每个上课日在整个上课时间内都有电，无论来自电网还是太阳能电池板加蓄电池等离网电源，该校即可计入。大多数下午都会停电，或发电机经常缺少燃料的学校，不予计入。',
    'question.electricity-internet-power.level.1': '不到一半的学校在整个上课日都有可靠的电力供应。',
    'question.electricity-internet-power.level.2':
      '至少一半但不到四分之三的学校在整个上课日都有可靠的电力供应。',
    'question.electricity-internet-power.level.3':
      '至少四分之三但不到十分之九的学校在整个上课日都有可靠的电力供应。',
    'question.electricity-internet-power.level.4':
      '至少十分之九的学校在整个上课日都有可靠的电力供应。',
    'question.electricity-internet-connectivity.title':
      '在多大比例的学校中，运行正常的互联网连接被用于学习？',
    'question.electricity-internet-connectivity.help':
      '只有在过去一个月中连接正常，且用于课堂教学或供学习者使用（而不仅供学校办公室使用）时，该校才计为已联网。作为参照，联合国教科文组织《2023年全球教育监测报告》显示，全球40%的小学、50%的初中和65%的高中已接入互联网。',
    'question.electricity-internet-connectivity.level.1':
      '不到四分之一的学校有运行正常并用于学习的互联网连接。',
    'question.electricity-internet-connectivity.level.2':
      '至少四分之一但不到一半的学校有运行正常并用于学习的互联网连接。',
    'question.electricity-internet-connectivity.level.3':
      '至少一半但不到四分之三的学校有运行正常并用于学习的互联网连接。',
    'question.electricity-internet-connectivity.level.4':
      '至少四分之三的学校有运行正常并用于学习的互联网连接。',
    'question.electricity-internet-off-grid.title': '电网以外的学校如何获得电力供应？',
    'question.electricity-internet-off-grid.help':
      '离网解决方案包括太阳能电池板加蓄电池、小型风力或水力发电系统以及地方微电网。电网以外的学校也包括电网供电故障频繁、无法依赖的学校。当且仅当所有学校都接入了在整个上课日可靠供电的电网时，本问题不适用。',
    'question.electricity-internet-off-grid.level.1':
      '没有需要离网解决方案的学校清单；电网以外的学校没有电力，或仅有项目或社区安装的设施。',
    'question.electricity-internet-off-grid.level.2':
      '电网以外的学校已列出清单，其中一些通过项目获得了太阳能或其他离网系统，但没有计划说明每所学校将采用何种方案，也没有人负责维护已安装的系统。',
    'question.electricity-internet-off-grid.level.3':
      '一项计划为电网以外的每所学校确定了离网方案和完成日期，并由一个指定的、有预算的机构负责维护已安装的系统，包括更换蓄电池。',
    'question.electricity-internet-off-grid.level.4':
      '该计划正在落实，维护有资金保障，电网以外的学校几乎都有正常运行的系统；通过远程监测或定期报告掌握各系统的供电情况，确保故障在规定时间内得到修复。',
    'question.electricity-internet-bandwidth.title':
      '已联网学校中每名学习者的带宽是否达到明确的阈值？',
    'question.electricity-internet-bandwidth.help':
      '每名学习者带宽是指学校连接的实测速率除以其学习者人数，以便比较不同规模的学校。国家已设定阈值的，采用国家阈值；否则请在评论中说明所采用的阈值，例如以每名学习者每秒千比特计。',
    'question.electricity-internet-bandwidth.level.1': '未设定阈值，也不测量学校连接的实际速率。',
    'question.electricity-internet-bandwidth.level.2':
      '已设定阈值，但不定期测量实际速率：即便有所了解，也仅限部分已联网学校，来源于偶尔的测试或合同中写明的速率。',
    'question.electricity-internet-bandwidth.level.3':
      '已设定阈值，至少每年在大多数已联网学校测量一次实际速率，且至少一半已联网学校达到阈值。',
    'question.electricity-internet-bandwidth.level.4':
      '已设定阈值，通过测量应用程序或运营商的监测数据，在几乎所有已联网学校持续测量实际速率，且几乎所有已联网学校均达到阈值。',
    'question.electricity-internet-mapping.title': '政府对每所学校的网络连接情况掌握得如何？',
    'question.electricity-internet-mapping.level.1':
      '没有已联网学校的清单或地图；现有数字来自偶尔的调查或运营商。',
    'question.electricity-internet-mapping.level.2':
      '学校普查记录每所学校是否有电和互联网，但不记录连接类型、速率或是否实际可用。',
    'question.electricity-internet-mapping.level.3':
      '一份标注所有学校地理坐标的地图显示每所学校的电源、连接类型和合同带宽，并至少每年更新一次。',
    'question.electricity-internet-mapping.level.4':
      '学校地图辅以实际速率和在线时间的测量数据（来自测量应用程序或运营商数据），用于确定下一批联网学校，并核查运营商是否提供了与其收费相符的服务。',
    'question.electricity-internet-provision.title': '保障学校联网的安排有多持久？',
    'question.electricity-internet-provision.help':
      '安排是指提供网络连接并为其付费的方式：国家或地区教育网络、与运营商签订的框架合同、学校补助金中专门用于网络连接的经常性拨款，或对学校自行签订的合同提供补贴（如E-Rate模式：学校向服务商购买服务，由一个基金支付部分费用）。这里不问由谁签订合同，关键在于安排是否持久、覆盖多少学校。光纤、移动宽带、卫星以及由当地社区建设和运营的社区网络都可以是其组成部分。',
    'question.electricity-internet-provision.level.1':
      '不存在任何公共安排：已联网学校依靠教职员工或家长付费，通常是移动数据套餐，一旦资金用完便会断网。',
    'question.electricity-internet-provision.level.2':
      '公共资金或捐助资金通过有期限项目或一次性补助为部分学校的连接付费，项目结束后如何支付服务费用没有任何规划。',
    'question.electricity-internet-provision.level.3':
      '一项有书面规定、由经常性预算或专项基金出资的持久安排，为大多数已联网学校的连接付费，无论是通过教育网络、框架合同，还是对学校自行签订的合同提供补贴。',
    'question.electricity-internet-provision.level.4':
      '一项有书面规定并有多年期资金保障的持久安排覆盖几乎所有学校（包括偏远学校），且已至少续签或重新招标一次，学校服务未曾中断。',
    'component.hardware-devices.title': '硬件与设备',
    'component.hardware-devices.summary':
      '学习者和教师可使用的计算机、平板电脑、投影仪和其他设备：决定谁获得何种设备及其理由的政策，学习者使用设备的频率和共用程度，设备如何保持正常运行并获得支持，以及设备在使用寿命结束后的去向。',
    'question.hardware-devices-policy.title': '是否有面向学习者和教师的国家设备政策？',
    'question.hardware-devices-policy.help':
      '一对一：每名学习者拥有一台设备。共享模式：计算机教室、在班级之间流动使用的移动推车，或连接投影仪的教师设备。',
    'question.hardware-devices-policy.level.1':
      '没有设备政策：设备通过捐赠或项目获得，型号和数量由出资方决定。',
    'question.hardware-devices-policy.level.2':
      '某项政策或计划设定了设备目标（例如某一年级每名学习者一台平板电脑），但对设备如何用于教学、如何维护或更换几乎没有说明。',
    'question.hardware-devices-policy.level.3':
      '国家设备政策规定了哪些设备配给哪些学段、用于何种教学目的（共享教室、移动推车、一对一、教师设备），设定了最低配置要求，并将培训、内容、维护和更换与设备一并规划。',
    'question.hardware-devices-policy.level.4':
      '此类国家设备政策先行试点、再扩大推广，依据设备实际使用情况和成本的证据进行修订，其配置要求优先考虑能效、可维修性和无障碍。',
    'question.hardware-devices-availability.title': '有多少学校的学习者每周在课堂上使用设备？',
    'question.hardware-devices-availability.help':
      '如果一所学校大多数班级的学习者每周至少一次在课堂上使用设备（能正常使用的台式计算机、笔记本电脑和平板电脑，共用或个人使用均可），该校即可计入。仅由教师使用的投影仪或交互式白板不计入，学习者自己的手机也不计入。',
    'question.hardware-devices-availability.level.1':
      '在不到五分之一的学校中，学习者每周在课堂上使用设备。',
    'question.hardware-devices-availability.level.2':
      '在至少五分之一但不到一半的学校中，学习者每周在课堂上使用设备。',
    'question.hardware-devices-availability.level.3':
      '在至少一半但不到十分之九的学校中，学习者每周在课堂上使用设备。',
    'question.hardware-devices-availability.level.4':
      '在几乎所有学校（至少十分之九）中，学习者每周在课堂上使用设备。',
    'question.hardware-devices-ratio.title': '每台可用于学习的设备由多少名学习者共用？',
    'question.hardware-devices-ratio.help':
      '用相关学段的学习者人数，除以可供其学习使用、能正常使用的计算机和平板电脑数量；统计所有学校，而不仅是已配备设备的学校。以下阈值是本工具包的建议；也可改用国家政策规定的阈值，并在评论中注明。',
    'question.hardware-devices-ratio.level.1':
      '不掌握每台设备对应的学习者人数，或每台设备由20名以上学习者共用。',
    'question.hardware-devices-ratio.level.2': '掌握该数字，每台设备由6至20名学习者共用。',
    'question.hardware-devices-ratio.level.3':
      '掌握该数字，每台设备由2至5名学习者共用；如果国家标准为两名学习者一台设备，比值为2即属于第4级。',
    'question.hardware-devices-ratio.level.4':
      '掌握该数字，每名学习者一台设备；或在国家标准为两名学习者一台设备的情况下，达到两人一台。',
    'question.hardware-devices-maintenance.title': '学校的设备如何保持正常运行？',
    'question.hardware-devices-maintenance.help':
      '本问题仅涉及维护和维修。设备更换成本在总拥有成本部分讨论，设备处置在使用寿命结束问题中讨论。',
    'question.hardware-devices-maintenance.level.1':
      '维护无人负责：损坏的设备闲置不用，也没有人知道有多少设备无法使用。',
    'question.hardware-devices-maintenance.level.2':
      '有部分维修工作，依靠保修、供应商合同或热心教师完成，但没有设备及其状况的清单，保修期满后也没有维修预算。',
    'question.hardware-devices-maintenance.level.3':
      '一份清单记录了每所学校的设备及其状况，一项有资金保障的维护服务（由内部、地区或外包提供）为所有学校开展预防性维护和维修。',
    'question.hardware-devices-maintenance.level.4':
      '一项有资金保障的维护服务覆盖所有学校，清单至少每年更新一次，逐校显示运行正常的设备所占比例；在最近一次更新中，几乎所有登记在册的设备都运行正常。',
    'question.hardware-devices-technical-support.title': '学校如何获得数字设备方面的技术帮助？',
    'question.hardware-devices-technical-support.help':
      '技术支持人员在设备、网络或账户出现问题时为教师和学习者提供帮助。他们可能驻在一所学校，也可能由附近几所学校共用，例如一个学区配备一名技术员。响应时间是指必须处理请求的时限。',
    'question.hardware-devices-technical-support.level.1':
      '学校没有技术支持：教师自行解决问题，或等待项目或供应商上门。',
    'question.hardware-devices-technical-support.level.2':
      '部分学校有技术支持，例如指派一名教师负责但不给时间和培训，或由项目运营的求助热线，但大多数学校没有，也没有规定响应时间。',
    'question.hardware-devices-technical-support.level.3':
      '每所学校都能获得技术支持人员的服务，他们驻校或由附近学校共用，其职责、工作时间和响应时间均有书面规定。',
    'question.hardware-devices-technical-support.level.4':
      '每所学校都能获得技术支持人员的服务，其职责、工作时间和响应时间均有书面规定；请求均有登记，每年至少报告一次响应时间，几乎所有请求都在规定时限内处理完毕。',
    'question.hardware-devices-e-waste.title': '学校设备在使用寿命结束后如何处理？',
    'question.hardware-devices-e-waste.help':
      '电子废弃物是指废弃的电气和电子设备。其中既含有有害物质，也含有可回收的材料，因此应当再利用、翻新，或交由经认证或持有许可的回收商回收，而不是随意丢弃或焚烧。',
    'question.hardware-devices-e-waste.level.1':
      '没有任何规则：寿命结束的设备堆放在学校，与普通垃圾一起丢弃，或被焚烧。',
    'question.hardware-devices-e-waste.level.2':
      '已有规则规定设备如何从公共资产清单中注销，但未规定其后续去向：注销的设备被出售、赠送或丢弃，无人核查其最终去向。',
    'question.hardware-devices-e-waste.level.3':
      '书面规则要求寿命结束的设备尽可能再利用或翻新，否则交由经认证或持有许可的电子废弃物回收商处理，学校也知道如何安排回收。',
    'question.hardware-devices-e-waste.level.4':
      '上述书面规则得到执行：每年记录再利用、翻新和回收的设备数量，记录显示几乎所有退役设备都经由这些渠道处理。',
    'component.software-services.title': '软件与服务',
    'component.software-services.summary':
      '学校所依赖的操作系统、应用程序和在线服务：如何获得许可，以及学习者和教师是否拥有一个可登录所需服务的统一数字身份。',
    'question.software-services-licensing.title': '学校使用的软件如何获得许可？',
    'question.software-services-licensing.help':
      '此处的软件包括以订阅方式使用的平台和在线服务。开源软件附带的许可证允许任何人使用、研究、修改和分享该软件。开放标准是任何产品都可以实现的公开规范。国家许可是由教育部谈判达成、覆盖其所有学校的协议。',
    'question.software-services-licensing.level.1':
      '软件随捐赠或采购的设备而来，或由各校自行选择；许可证无人跟踪，部分在用软件未经许可或为试用版。',
    'question.software-services-licensing.level.2':
      '教育部集中采购部分许可证，但没有经批准的工具目录，也没有在开源方案和专有方案之间进行选择的规则。',
    'question.software-services-licensing.level.3':
      '已有经批准的软件和平台目录；许可证集中管理，续订日期和成本明确，并从总成本、数据保护和对开放标准的支持等方面比较开源方案和专有方案。',
    'question.software-services-licensing.level.4':
      '许可证依据此类目录集中管理，并以同样方式比较各方案；目录至少每两年与教师共同审查一次，专有软件由面向所有公立学校谈判达成的国家许可覆盖，并监测许可证使用情况，以便取消闲置许可证。',
    'question.software-services-digital-identity.title':
      '是否有统一的数字身份，使学习者和教师能够访问所需的服务？',
    'question.software-services-digital-identity.help':
      '数字身份是被多项服务认可的教育账户。单点登录是指一次登录即可打开所有这些服务：学习平台、电子邮件、数字教材、学校管理门户。以保护隐私的方式管理，是指账户仅保存各项服务所需的个人数据，并有书面规则规定谁可以查看这些数据。',
    'question.software-services-digital-identity.level.1':
      '教育系统不提供账户：每项需要登录的服务各有账户，往往用个人电子邮箱或电话号码注册。',
    'question.software-services-digital-identity.level.2':
      '教育部或某个项目为部分教师或学习者提供教育账户，但每项服务仍有各自的账户，人员离开后账户也不注销。',
    'question.software-services-digital-identity.level.3':
      '每位教师以及相关学段的每位学习者都可以拥有一个根据官方名册创建的教育账户，通过单点登录打开主要服务；书面规则限制账户保存的个人数据以及可查看这些数据的人员。',
    'question.software-services-digital-identity.level.4':
      '相关学段几乎所有教师和学习者都使用一个可单点登录主要服务的教育账户；账户随人员入校、转校或离校而自动开通、更新和注销；每接入一项新服务，都会核查书面隐私规则的遵守情况。',
    'component.learning-spaces.title': '学习空间',
    'component.learning-spaces.summary':
      '为数字学习布置的教室、计算机教室、图书馆和其他空间：电源插座、充电和安全存放、Wi-Fi、空间布局、残障学习者的通行便利，以及其中数字设备的能耗。',
    'question.learning-spaces-design.title': '教室和其他学习空间是否按数字化使用的需要进行设计？',
    'question.learning-spaces-design.level.1':
      '教室不具备数字化使用的条件：很少有电源插座，也没有安全存放设备或为设备充电的地方。',
    'question.learning-spaces-design.level.2':
      '部分学校有计算机教室或改造空间，但普通教室没有相应配置，学校建筑标准对数字化使用没有任何规定。',
    'question.learning-spaces-design.level.3':
      '国家学校建设和改造标准要求教室配备电源插座、安全的充电和存放设施以及Wi-Fi覆盖，新建或改造的学校均符合这些标准。',
    'question.learning-spaces-design.level.4':
      '上述标准通过有资金保障的升级计划同样适用于现有学校；空间布局便于小组活动和灵活使用，其状况在学校督导中接受检查。',
    'question.learning-spaces-accessibility.title': '残障学习者能否使用数字学习空间和工具？',
    'question.learning-spaces-accessibility.level.1':
      '规划数字空间和设备时没有考虑残障学习者：大多数计算机教室轮椅使用者无法进入，也不提供辅助技术。',
    'question.learning-spaces-accessibility.level.2':
      '部分学校（通常是特殊学校）通过项目或非政府组织获得了辅助技术，但没有国家规则要求数字空间或工具具备无障碍条件。',
    'question.learning-spaces-accessibility.level.3':
      '国家规则要求数字学习空间实现物理无障碍，并在学习者需要时提供辅助技术，新建空间和新采购均符合要求。',
    'question.learning-spaces-accessibility.level.4':
      '上述规则在全国普通学校得到落实：识别学习者的需求，辅助技术由专门的预算科目出资提供和维护，无障碍情况在学校督导中接受检查。',
    'question.learning-spaces-energy.title': '学校数字设备的能耗如何管理？',
    'question.learning-spaces-energy.help':
      '本问题涉及环境可持续性：学校中设备、网络和服务器的用电量及其电力来源。节能设备是指符合公认能效标识或招标文件中能效标准的设备。',
    'question.learning-spaces-energy.level.1':
      '不考虑能耗：采购忽视能效，设备通宵开机，也没有人知道数字设备用电多少。',
    'question.learning-spaces-energy.level.2':
      '有部分措施，如部分招标中的能效标准或关机建议，但并非强制要求，也不测量用电量。',
    'question.learning-spaces-energy.level.3':
      '所有设备和网络招标都强制要求能效标准，设备的节能设置统一集中配置，并至少在部分抽样学校通过电表或电费账单测量用电量。',
    'question.learning-spaces-energy.level.4':
      '所有招标都强制要求能效标准，节能设置集中配置；大多数学校测量用电量并每年报告，一项有资金保障的节能或改用可再生能源（如太阳能）的计划正在实施。',
    'pillar.cost-sustainability.title': '成本与可持续性',
    'pillar.cost-sustainability.summary':
      '数字教育的资金筹措方式是否可持续：有经过成本测算并设有专门预算科目的计划，预算既涵盖采购也涵盖运行成本，采购物有所值，并有教育预算以外的资金来源。',
    'component.financing-strategy.title': '融资战略',
    'component.financing-strategy.summary':
      '经过成本测算的数字教育计划、教育预算中的专门科目，以及将资金引向最需要之处的分配规则。',
    'question.financing-strategy-costing.title': '数字教育战略是否已逐年进行成本测算？',
    'question.financing-strategy-costing.help':
      '逐年成本测算说明战略每一年中各项行动的成本，并将投资（设备、线路接入）与运行成本（订阅、维护、人员、培训）分开列示。中期支出框架（MTEF）是政府滚动编制的三至五年预算计划。资金来源问题在关于预算科目和创新融资的问题中询问。',
    'question.financing-strategy-costing.level.1': '没有人估算过本国数字教育计划的成本。',
    'question.financing-strategy-costing.level.2':
      '已估算部分项目的成本（通常由合作伙伴估算），或仅估算了战略的总成本，但整个战略没有按年度分解。',
    'question.financing-strategy-costing.level.3':
      '整个战略在全周期内按行动逐年进行了成本测算，投资和运行成本分开列示。',
    'question.financing-strategy-costing.level.4':
      '整个战略的逐年成本测算（投资和运行成本分开列示）至少每年根据实际支出更新一次，并用于编制中期支出框架和年度预算。',
    'question.financing-strategy-budget-lines.title': '国家教育预算是否设有数字教育预算科目？',
    'question.financing-strategy-budget-lines.level.1':
      '国家预算中没有数字教育科目；相关支出来自捐助方或一次性拨款。',
    'question.financing-strategy-budget-lines.level.2':
      '数字化支出出现在预算中，但隐含在其他科目中或以一次性投资的形式出现，因而无法跟踪，且逐年波动很大。',
    'question.financing-strategy-budget-lines.level.3':
      '教育预算设有可识别的数字教育科目，涵盖投资和运行成本，每年报告其支出情况。',
    'question.financing-strategy-budget-lines.level.4':
      '可识别的投资和运行成本科目在中期支出框架中进行多年规划，过去两年中每年的实际支出均超过批准金额的80%。',
    'question.financing-strategy-allocation.title': '数字教育资金如何在各地区和学校之间分配？',
    'question.financing-strategy-allocation.level.1':
      '没有分配规则：资金和设备流向提出申请的学校、最容易到达的学校，或由项目选定的学校。',
    'question.financing-strategy-allocation.level.2':
      '部分项目有遴选标准，但未公布或未得到一贯执行，城市学校获得的服务仍优于农村学校。',
    'question.financing-strategy-allocation.level.3':
      '公布的分配公式或一套标准对偏远程度、贫困程度和残障学习者人数给予额外权重，并适用于所有国家项目。',
    'question.financing-strategy-allocation.level.4':
      '按需求加权的公开分配公式同样适用于国家项目和合作伙伴资助的项目，年度数据显示优势学校与弱势学校之间在设备和网络连接方面的差距正在缩小。',
    'component.total-cost-of-ownership.title': '总拥有成本',
    'component.total-cost-of-ownership.summary':
      '对一项技术在整个生命周期内的全部成本进行规划，而不仅是购置成本：网络连接费、电费、维护、支持、培训、内容、许可证和更换。',
    'question.total-cost-of-ownership-estimates.title': '在决定数字化投资时是否计入运行成本？',
    'question.total-cost-of-ownership-estimates.level.1':
      '决策只考虑购置价格；运行成本事后才意外出现。',
    'question.total-cost-of-ownership-estimates.level.2':
      '部分运行成本（如最初几年的网络连接费或保修）计入项目预算，但未覆盖设备的整个使用寿命。',
    'question.total-cost-of-ownership-estimates.level.3':
      '每项重大投资都依据其整个生命周期（通常为五年或以上）的成本估算进行审批，涵盖网络连接、电力、维护、支持、培训、许可证和更换。',
    'question.total-cost-of-ownership-estimates.level.4':
      '重大投资必须进行全生命周期成本估算，并在事后与实际成本比较；差异用于改进今后的估算和方案选择。',
    'question.total-cost-of-ownership-running-costs.title': '项目结束后，由谁支付运行成本？',
    'question.total-cost-of-ownership-running-costs.level.1':
      '无人支付：项目资金一结束，网络即被切断，损坏的设备无人修理，除非学校或家庭自行付费。',
    'question.total-cost-of-ownership-running-costs.level.2':
      '项目结束后，政府接手部分运行成本，但学校仍需用自有资金或家长缴费支付部分网络连接或维护费用，因此一些学校得以保留服务，另一些则失去服务。',
    'question.total-cost-of-ownership-running-costs.level.3':
      '政府预算承担其所实施项目的主要运行成本（网络连接、维护、支持），每个合作伙伴项目都有移交计划，说明外部资金结束后由谁支付哪些费用。',
    'question.total-cost-of-ownership-running-costs.level.4':
      '所有数字项目（包括合作伙伴发起的项目）的运行成本都纳入多年期预算，学校补助金中包含根据各校规模和位置核定的数字化运行经费。',
    'component.procurement.title': '采购',
    'component.procurement.summary':
      '设备、网络连接、软件和服务如何采购：公开竞争，通过集中采购降低价格，在合同全周期内物有所值，不依赖单一供应商。',
    'question.procurement-transparency.title': '数字教育采购的透明度如何？',
    'question.procurement-transparency.help':
      '功能规格描述的是产品必须做到什么（电池续航、离线使用、支持的语言），而不是指定品牌或型号。',
    'question.procurement-transparency.level.1':
      '大多数采购通过与供应商直接签约完成，合同不予公布。',
    'question.procurement-transparency.level.2':
      '大额采购通过竞争性招标进行，但技术规格有时围绕某一产品量身定制，中标结果和价格不予公布。',
    'question.procurement-transparency.level.3':
      '大额采购采用公开招标，使用功能规格而非品牌名称，中标结果、价格和供应商予以公布。',
    'question.procurement-transparency.level.4':
      '采用功能规格的公开招标是常规做法，结果予以公布；监测供应商的交付和服务水平，未达标时予以处罚，过往表现计入后续招标评审。',
    'question.procurement-pooling.title': '是否通过集中采购获得更优惠的价格？',
    'question.procurement-pooling.help':
      'Giga报告称，集中采购学校网络连接服务可使其成本降低多达60%。',
    'question.procurement-pooling.level.1':
      '每所学校、每个地区或每个项目各自采购，价格高低全凭自身议价能力。',
    'question.procurement-pooling.level.2':
      '部分物品集中采购，但学校、地区和项目仍分别采购类似物品，也没有人比较所支付的价格。',
    'question.procurement-pooling.level.3':
      '网络连接、设备和许可证通过国家框架协议采购，学校和地区可据此下单，并将所付价格与以往合同和其他国家的价格进行比较。',
    'question.procurement-pooling.level.4':
      '国家框架协议涵盖主要物品，本国在区域或国际联合采购条件更优惠时参与其中，并测算和报告所节省的资金。',
    'question.procurement-vendor-lock-in.title': '合同能否使教育部免于依赖单一供应商？',
    'question.procurement-vendor-lock-in.help':
      '供应商锁定是指由于数据、内容或设备只能与某一家公司的产品配合使用，更换供应商的代价变得过高。',
    'question.procurement-vendor-lock-in.level.1':
      '合同对到期后的安排只字未提；教育部若更换供应商，就会损失数据或仍可使用的设备。',
    'question.procurement-vendor-lock-in.level.2':
      '部分合同包含退出条款，但数据、内容和系统采用只有供应商才能使用的格式，因此更换供应商意味着从头再来。',
    'question.procurement-vendor-lock-in.level.3':
      '合同要求采用开放或标准的数据格式，规定教育部拥有其数据及其付费获得的内容的所有权，并包含设有移交期的退出计划。',
    'question.procurement-vendor-lock-in.level.4':
      '上述条款是所有数字教育合同的标准条款；每次续约前，教育部都会核查自己能否更换供应商（例如能否完整导出其数据），并将此作为谈判筹码。',
    'component.innovative-financing.title': '创新融资',
    'component.innovative-financing.summary':
      '教育预算和传统赠款以外的资金：普遍服务基金、学校优惠资费、公私合作伙伴关系、混合融资和基于成果的融资，以及教育内容零费率。',
    'question.innovative-financing-universal-service-fund.title':
      '学校网络连接费用中有多大比例由电信部门基金（如普遍服务基金）支付？',
    'question.innovative-financing-universal-service-fund.help':
      '许多国家要求电信运营商将其部分收入缴入普遍服务基金或类似征费，用于将网络延伸到服务不足的地区；为学校联网是常见用途。没有此类基金或征费的国家选择第1级。',
    'question.innovative-financing-universal-service-fund.level.1':
      '没有电信部门基金为学校网络连接付费：本国没有普遍服务基金或类似征费，或其基金不资助任何学校联网。',
    'question.innovative-financing-universal-service-fund.level.2':
      '该基金曾通过一次性项目或试点为学校联网付费，但没有继续资助的承诺。',
    'question.innovative-financing-universal-service-fund.level.3':
      '该基金公布的计划每年划出一笔用于学校网络连接的资金，支付国家网络连接计划所列学校的新接入费用；金额逐年确定。',
    'question.innovative-financing-universal-service-fund.level.4':
      '该基金公布的计划中载有多年期承诺，支付学校网络连接计划的新接入费用和运行成本（订阅费、维护费）；资金按计划拨付，并每年报告。',
    'question.innovative-financing-mechanisms.title':
      '除教育预算和捐助方赠款外，还有哪些融资机制支持数字教育？',
    'question.innovative-financing-mechanisms.help':
      '美国的E-Rate计划为学校和图书馆提供网络连接折扣，资金来自对电信运营商的征费。混合融资将公共资金或慈善资金与商业投资相结合。基于成果的融资（如成果债券）仅在实现商定结果时才付款。',
    'question.innovative-financing-mechanisms.level.1':
      '数字教育完全依赖教育预算和捐助方赠款；尚未探索任何其他机制。',
    'question.innovative-financing-mechanisms.level.2':
      '曾讨论或尝试过一次其他机制，如企业社会责任捐赠或与电信运营商合作的试点，但没有可供复制或推广的框架。',
    'question.innovative-financing-mechanisms.level.3':
      '在书面框架下经常使用至少一种预算和赠款以外的机制，如面向学校的网络连接优惠资费、公私合作伙伴关系，或与开发银行合作的混合融资。',
    'question.innovative-financing-mechanisms.level.4':
      '经常使用多种机制，每种机制都用于其最适合资助的领域（例如在结果可以衡量的领域采用基于成果的融资，在网络建设中采用公私合作伙伴关系），并将其成本和成效与直接公共资金进行比较。',
    'question.innovative-financing-zero-rating.title':
      '学习者能否在不支付移动数据费用的情况下访问教育内容？',
    'question.innovative-financing-zero-rating.help':
      '零费率是指使用某些网站或应用程序不计入用户的移动数据流量；费用由运营商、政府或内容提供方承担。',
    'question.innovative-financing-zero-rating.level.1':
      '不能：学习者访问教育平台和内容所用的全部数据流量均需自行付费。',
    'question.innovative-financing-zero-rating.level.2':
      '曾与部分运营商商定在有限期限内实行零费率（例如学校停课期间），或仅涵盖部分平台；该安排已经失效或未受监测。',
    'question.innovative-financing-zero-rating.level.3':
      '与主要移动运营商签订的长期协议对国家学习平台和其他经批准的教育网站实行零费率。',
    'question.innovative-financing-zero-rating.level.4':
      '与所有主要运营商签订的长期协议涵盖国家平台和经批准的网站；使用情况受到监测，网站清单随内容变化而更新，并有规则防止该安排偏向特定商业服务。',
    'pillar.capacity-culture.title': '能力与文化',
    'pillar.capacity-culture.summary':
      '教师、校长、教育部工作人员和学习者有效运用数字技术的技能，以及支持变革的职业文化。',
    'component.teacher-competencies.title': '教师的数字和人工智能能力',
    'component.teacher-competencies.summary':
      '规定教师应具备的数字和人工智能能力的国家框架，培养这些能力的职前培养，以及切实惠及在职教师、能够改变课堂实践的在职培训。',
    'question.teacher-competencies-framework.title':
      '规定教师应具备的数字和人工智能能力的国家框架确立到何种程度？',
    'question.teacher-competencies-framework.help':
      '能力框架说明教师应当知道什么、能够做什么，通常分为若干熟练程度等级。许多国家借鉴国际模式加以调整，如联合国教科文组织《教师信息和通信技术能力框架》、欧洲DigCompEdu框架，或联合国教科文组织《教师人工智能能力框架》（2024年）；后者包括五个维度（以人为本的思维方式、人工智能伦理、人工智能基础与应用、人工智能教学法、人工智能促进专业发展），分为三个层级（获取、深化、创造）。佐证材料：已通过的文本，以及引用该框架的培训计划或专业标准。',
    'question.teacher-competencies-framework.level.1':
      '没有国家文件规定教师应具备的数字能力；由各培训机构自行决定培训内容。',
    'question.teacher-competencies-framework.level.2':
      '已起草框架或根据国际模式改编了框架，但尚未用于设计培训计划或开展教师考评，或仅涵盖基本数字技能。',
    'question.teacher-competencies-framework.level.3':
      '一个正式通过的框架同时涵盖数字能力和人工智能能力，并用于设计职前培养和继续培训计划。',
    'question.teacher-competencies-framework.level.4':
      '该框架设定了进阶等级，用于教师自我评估、认证和职业晋升，并在过去五年内为适应生成式人工智能进行了修订。',
    'question.teacher-competencies-pre-service.title': '职前教师教育如何涵盖数字和人工智能能力？',
    'question.teacher-competencies-pre-service.help':
      '职前教师教育是指未来教师在入职前于师范院校、教师培训机构或大学接受的培养。请按大多数新入职教师的情况作答。',
    'question.teacher-competencies-pre-service.option.not-covered':
      '未涵盖，或仅作为计算机使用入门',
    'question.teacher-competencies-pre-service.option.some-institutions':
      '部分教师教育机构涵盖，或作为选修课程',
    'question.teacher-competencies-pre-service.option.compulsory-course':
      '所有教师教育机构均开设运用数字技术开展教学的必修课程',
    'question.teacher-competencies-pre-service.option.integrated-assessed':
      '融入各学科的教学方法和教育实习，并作为取得教师资格的考核内容',
    'question.teacher-competencies-training-reach.title':
      '过去三年中，有多大比例的在职教师接受过运用数字技术开展教学的培训？',
    'question.teacher-competencies-training-reach.help':
      '统计运用数字工具开展教学、帮助学习者学习的培训，而不仅是一般计算机技能培训；每位教师只计一次，无论参加过多少课程。佐证材料：继续专业发展记录、教师管理数据库或教师调查。',
    'question.teacher-competencies-training-reach.level.1':
      '没有记录显示有多少教师接受过培训，或过去三年接受培训的在职教师不到25%。',
    'question.teacher-competencies-training-reach.level.2':
      '培训记录或调查显示，过去三年有25%至49%的在职教师接受过培训。',
    'question.teacher-competencies-training-reach.level.3':
      '培训记录或调查显示，过去三年有50%至79%的在职教师接受过培训。',
    'question.teacher-competencies-training-reach.level.4':
      '培训记录显示，过去三年有80%或以上的在职教师接受过培训，且该比例每年按地区更新。',
    'question.teacher-competencies-training-model.title':
      '数字教学法方面的在职培训通常采取什么形式？',
    'question.teacher-competencies-training-model.help':
      '请按大多数在职教师接受的培训作答。教练辅导是指由一名受过培训的人员（如教研员或骨干教师）观摩教师的课堂并在课后与其研讨。校本培训在教师任职的学校或由附近学校组成的学校集群中进行。',
    'question.teacher-competencies-training-model.level.1':
      '没有运用数字技术开展教学的在职培训，或仅有一次性培训，通常是在设备交付时讲解设备操作。',
    'question.teacher-competencies-training-model.level.2':
      '教师可以参加关于使用数字工具的工作坊或在线课程，但培训脱离课堂进行，课程结束后没有后续跟进。',
    'question.teacher-competencies-training-model.level.3':
      '培训贯穿整个学年：课程学习与教师在自己班级中完成的任务交替进行，每位教师至少接受一次针对该实践的跟进访视或教练辅导。',
    'question.teacher-competencies-training-model.level.4':
      '培训持续开展并以校为本：除课程外，每所学校或学校集群都有一名受过培训的教练全年观课并提供反馈，每年审查这些课堂跟进记录，据以调整培训计划。',
    'component.leadership-capacity.title': '引领数字变革的领导力',
    'component.leadership-capacity.summary':
      '做好准备在本校引领数字变革的校长，以及中央和地区层面具备规划和管理数字教育项目所需技能和时间的教育部工作人员。',
    'question.leadership-capacity-school-leaders.title':
      '校长是否做好准备在本校引领数字技术的应用？',
    'question.leadership-capacity-school-leaders.help':
      'SELFIE是欧盟委员会推出的免费自我反思工具，校长、教师和学生可通过它匿名回答有关本校数字技术应用的问题。佐证材料：校长培训计划，以及学校发展规划样本。',
    'question.leadership-capacity-school-leaders.level.1':
      '校长没有接受过任何数字化方面的准备；技术是否得到应用取决于个别教师的主动性。',
    'question.leadership-capacity-school-leaders.level.2':
      '部分校长参加过意识提升培训；少数学校有数字化计划，通常是为某个项目或捐助方编写的。',
    'question.leadership-capacity-school-leaders.level.3':
      '引领数字变革已纳入校长必修培训，大多数学校在学校发展规划中列入了数字化优先事项。',
    'question.leadership-capacity-school-leaders.level.4':
      '校长每年与教职员工和学习者一起审视本校的数字化实践（例如借助SELFIE等自我反思工具），根据结果确定优先事项，并接受督导人员或同行网络的跟进。',
    'question.leadership-capacity-ministry-staff.title':
      '教育部工作人员在实施数字教育项目方面具备多大能力？',
    'question.leadership-capacity-ministry-staff.help':
      '此处的能力是指中央和地区层面既具备相关技能（规划、采购、监测、数据分析），又有专门用于数字教育的工作时间的人员。教育部内由谁牵头负责数字教育，在“协调与领导”支柱中询问。',
    'question.leadership-capacity-ministry-staff.level.1':
      '教育部没有任何工作人员的职责包含数字教育；项目由顾问或合作伙伴的人员规划和实施。',
    'question.leadership-capacity-ministry-staff.level.2':
      '少数中央工作人员在其他职责之外兼顾数字教育，未接受相关培训；规划和采购仍依赖项目出资聘请的顾问，地区办事处无人负责这项工作。',
    'question.leadership-capacity-ministry-staff.level.3':
      '中央工作人员以及每个地区至少一名官员的岗位说明中包含数字教育，并有专门的工作时间，接受过规划、采购和监测方面的培训；仅在专业性任务中才聘请顾问。',
    'question.leadership-capacity-ministry-staff.level.4':
      '此外，每年审查针对这些中央和地区工作人员的技能提升计划，监测关键岗位的人员流动，大型数字教育项目的计划、招标文件和监测报告由教育部自己的工作人员编制。',
    'component.learner-digital-skills.title': '学习者的数字和人工智能技能',
    'component.learner-digital-skills.summary':
      '学习者应掌握的数字素养和人工智能能力，他们如何学会安全、负责任地上网，学校如何关注他们的数字福祉，以及是否测量他们实际掌握的技能。',
    'question.learner-digital-skills-framework.title':
      '学习者在各学段应具备的数字和人工智能能力是否已有明确界定？',
    'question.learner-digital-skills-framework.help':
      '联合国教科文组织《学生人工智能能力框架》（2024年）包括四个维度（以人为本的思维方式、人工智能伦理、人工智能技术与应用、人工智能系统设计）和三个进阶层级（理解、应用、创造）。面向学习者的国家数字能力框架也可借鉴欧洲DigComp等模式。佐证材料：已通过的框架，或课程中规定的学习成果。',
    'question.learner-digital-skills-framework.level.1':
      '没有文件规定学习者在各学段应具备哪些数字技能；开设计算机课的地方，教学内容限于办公软件的使用。',
    'question.learner-digital-skills-framework.level.2':
      '仅为部分学段（通常只有中学）界定了应具备的能力，且不涵盖人工智能、信息素养或上网安全。',
    'question.learner-digital-skills-framework.level.3':
      '国家框架为从小学到高中的各学段规定了数字能力，包括信息素养、上网安全以及对人工智能工作原理的初步了解。',
    'question.learner-digital-skills-framework.level.4':
      '该框架还按照联合国教科文组织学生框架的各个维度，规定了从理解、应用到创造逐级进阶的人工智能能力，并按固定周期进行审查。',
    'question.learner-digital-skills-online-safety.title': '学习者是否接受上网安全教育？',
    'question.learner-digital-skills-online-safety.level.1':
      '不开展上网安全教育；网络欺凌或接触有害内容等事件即便得到处理，也仅作为违纪问题处理。',
    'question.learner-digital-skills-online-safety.level.2':
      '部分学校开展由非政府组织组织的宣传活动或讲座，但未纳入课表，也没有受过培训的教师。',
    'question.learner-digital-skills-online-safety.level.3':
      '数字公民素养（隐私、网络欺凌、信息核查、文明上网）已纳入各学段的课程，配有教学材料，学校也有报告网络事件的程序。',
    'question.learner-digital-skills-online-safety.level.4':
      '教学内容随新风险的出现而更新，包括人工智能生成的内容和深度伪造；学校与家庭和儿童保护服务机构合作，收集事件数据并用于调整预防工作。',
    'question.learner-digital-skills-measurement.title': '学习者实际掌握的数字技能是否得到测量？',
    'question.learner-digital-skills-measurement.help':
      '国际计算机与信息素养研究（ICILS）由国际教育成就评价协会（IEA）开展，测试就读第八年的学生能否使用计算机查找、创建和交流信息。关于青年和成人信息通信技术技能的可持续发展目标指标4.4.1依据的是自我报告的活动，不能替代技能测试。',
    'question.learner-digital-skills-measurement.level.1':
      '除计算机课（如开设）的学校成绩外，不测量学习者的数字技能。',
    'question.learner-digital-skills-measurement.level.2':
      '曾测量过一次数字技能，但仅限于部分地区或年级的研究或调查，且结果未被使用。',
    'question.learner-digital-skills-measurement.level.3':
      '国家评估或国际研究（如ICILS）至少每五年对代表性样本测量一次数字技能，并按性别、所在地和学校类型报告结果。',
    'question.learner-digital-skills-measurement.level.4':
      '定期测量（也涵盖人工智能能力）显示了随时间变化的趋势；结果用于修订课程和教师培训，并以落后群体为目标提供针对性支持。',
    'question.learner-digital-skills-well-being.title': '学校如何关注学习者的数字福祉？',
    'question.learner-digital-skills-well-being.help':
      '数字福祉关注数字化使用对学习者健康和人际关系的影响：均衡的屏幕时间、睡眠、社交媒体或游戏的问题性使用、网络欺凌及其造成的痛苦。它有别于另一个问题所涉及的上网安全，后者关注的是教会学习者在网上保护自己、负责任地行事。',
    'question.learner-digital-skills-well-being.level.1':
      '学校没有关于健康使用数字产品的指导，学习者因数字化使用而产生的困难（如过度使用或网络欺凌）由个别教职员工自行处理。',
    'question.learner-digital-skills-well-being.level.2':
      '来自教育部、卫生部或非政府组织的关于屏幕时间和健康使用的指导或宣传活动覆盖部分学校，但学校没有既定程序来支持受网络欺凌或问题性使用影响的学习者。',
    'question.learner-digital-skills-well-being.level.3':
      '按年龄制定的国家健康数字使用指南（屏幕时间、睡眠、屏幕休息）下发到所有学校，每所学校都有指定的教职员工和程序，为受网络欺凌或问题性使用影响的学习者提供支持，包括转介心理辅导或卫生服务。',
    'question.learner-digital-skills-well-being.level.4':
      '此外，一项全国学习者调查定期测量其数字福祉（例如社交媒体的问题性使用、睡眠、遭受网络欺凌的经历），每轮调查后都根据结果审查指南和学校程序。',
    'component.digital-culture.title': '数字文化与社群',
    'component.digital-culture.summary':
      '教师相互学习，创新得到认可，家长和社区参与学校使用技术的方式。',
    'question.digital-culture-peer-learning.title': '教师是否在运用数字技术开展教学方面相互学习？',
    'question.digital-culture-peer-learning.help':
      '实践共同体是由教师组成的团体，定期以线下或线上方式聚会，共同研究教学中的问题，共同改进教学实践。佐证材料：活跃团体和成员的数量，以及教师日程中是否为其留出时间。',
    'question.digital-culture-peer-learning.level.1':
      '使用数字工具的教师各自为战；即便有交流，也只在非正式的即时通讯群组中进行。',
    'question.digital-culture-peer-learning.level.2':
      '少数学区有实践共同体，由项目、非政府组织或教师自发建立，通常在资金结束或创建者离开后便停止活动。',
    'question.digital-culture-peer-learning.level.3':
      '同伴学习网络已成为大多数学区继续专业发展的组成部分，定期在线上或线下开展活动，由教研员或骨干教师等受过培训的引导员带领。',
    'question.digital-culture-peer-learning.level.4':
      '全国各地的教师在一个共同平台上分享教学设计和资源；投稿经过审核，优秀成果在全国推广，参与情况计入职业晋升。',
    'question.digital-culture-incentives.title': '教师和学校工作中的数字技术创新是否得到认可？',
    'question.digital-culture-incentives.level.1':
      '使用数字工具只会增加工作量而得不到任何认可；在一些学校，设备因担心损坏或丢失而被锁起来。',
    'question.digital-culture-incentives.level.2':
      '偶尔举办的竞赛或评奖表彰少数创新型教师，但考评和晋升不考虑数字化实践。',
    'question.digital-culture-incentives.level.3':
      '数字能力计入教师考评和晋升，学校可以留出时间尝试新做法，督导人员鼓励而不是惩罚经过精心准备的尝试。',
    'question.digital-culture-incentives.level.4':
      '学校的创新得到记录和评估，行之有效的创新在教育部支持下推广；教师调查显示，大多数教师在尝试新方法时感到得到支持。',
    'question.digital-culture-families.title': '家长和社区在多大程度上参与学校使用数字技术的方式？',
    'question.digital-culture-families.level.1':
      '家长和社区不参与学校如何使用数字技术；对屏幕时间、手机或安全的担忧逐案处理。',
    'question.digital-culture-families.level.2':
      '家长偶尔获得通知（例如在启动设备项目时），但不征求他们的意见。',
    'question.digital-culture-families.level.3':
      '在大多数学校，数字化使用规则（手机、屏幕时间、上网安全）在通过前与家长协会或学校管理委员会讨论，并以家庭使用的语言通知家庭。',
    'question.digital-culture-families.level.4':
      '此外，家长和社区组织参与制定学校的数字化计划，并协助支持居家学习（例如通过家长讲座）；教育部定期调查家长意见，并报告据此作出了哪些改变。',
    'pillar.content-solutions.title': '内容与解决方案',
    'pillar.content-solutions.summary':
      '服务于本国学习者的课程、数字内容和平台，以及依据其对学习作用的证据而选择的解决方案。',
    'component.curriculum-integration.title': '课程与评价中的数字化',
    'component.curriculum-integration.summary':
      '运用数字技术开展教学如何写入各学科课程和教师用书，以及从课堂到国家考试，数字工具在学习评价中的使用程度。',
    'question.curriculum-integration-digital-pedagogy.title':
      '各学科课程是否说明应如何运用数字技术开展教与学？',
    'question.curriculum-integration-digital-pedagogy.level.1':
      '课程没有提及数字技术，或仅在单独的计算机学科中提及。',
    'question.curriculum-integration-digital-pedagogy.level.2':
      '部分近期修订的课程建议开展数字化活动，但教师用书、课表和资源并不提供支持。',
    'question.curriculum-integration-digital-pedagogy.level.3':
      '本轮修订的每门学科课程都说明了数字工具服务于哪些学习目标，并提供相应的教师用书和资源。',
    'question.curriculum-integration-digital-pedagogy.level.4':
      '数字教学法贯穿所有学科课程和教师用书；督导人员或教研员在课堂上观察其实施情况，其发现为下一轮课程修订提供依据。',
    'question.curriculum-integration-digital-assessment.title':
      '学习评价在多大程度上运用数字技术？',
    'question.curriculum-integration-digital-assessment.help':
      '形成性评价在学习过程中进行，用于调整教学，有别于学段结束时的考试。题库是经过编目、难度已知的试题集合，可从中抽题组卷。屏幕阅卷是指阅卷人在计算机上批阅扫描或录入的答卷。学习者自身数字技能的评价在“能力与文化”中询问。',
    'question.curriculum-integration-digital-assessment.level.1':
      '课堂评价和考试完全采用纸笔形式，教育部不提供也不推荐任何数字评价工具。',
    'question.curriculum-integration-digital-assessment.level.2':
      '形成性评价的数字工具（在线测验、题库、阅卷应用）在试点学校使用或由教师自发使用；国家评估和考试仍完全采用纸笔形式。',
    'question.curriculum-integration-digital-assessment.level.3':
      '大多数学校的教师拥有由教育部提供或认可的形成性评价数字工具，至少有一项国家评估或考试在配备设备的考点以机考形式进行，或采用屏幕阅卷。',
    'question.curriculum-integration-digital-assessment.level.4':
      '几乎所有学校都使用由教育部提供或认可的形成性评价数字工具；各主要学段结束时的国家评估和考试采用机考或屏幕阅卷，依托持续维护的题库，并为没有可靠电力的考点作出同等安排；每次考试后数周内即可将结果反馈给学校。',
    'component.digital-content.title': '数字学习内容',
    'component.digital-content.summary':
      '覆盖国家课程、提供学习者所用语言版本、可重复使用和改编，并对残障学习者无障碍的数字资源。',
    'question.digital-content-coverage.title': '与课程相匹配的数字内容覆盖了国家课程的多大部分？',
    'question.digital-content-coverage.help':
      '相匹配的内容遵循国家课程中某一学科和年级的目标与进阶顺序。内容提供哪些语言版本，在下一个问题中询问。',
    'question.digital-content-coverage.level.1':
      '几乎没有与国家课程相匹配的数字内容；教师依赖为其他国家课程制作的资源。',
    'question.digital-content-coverage.level.2':
      '部分学科和年级（通常是中学数学和科学）有相匹配的内容，由项目或出版商制作，未经课程主管机构审核。',
    'question.digital-content-coverage.level.3':
      '相匹配的内容覆盖基础教育各年级的核心学科，课程主管机构在发布前审核其准确性和匹配度。',
    'question.digital-content-coverage.level.4':
      '经课程主管机构审核的内容覆盖从小学到中学毕业的所有学科和年级，并随每次课程修订而更新；课程目标与现有资源的对照图持续更新，用于规划下一步的内容制作。',
    'question.digital-content-languages.title': '数字学习内容提供哪些语言版本？',
    'question.digital-content-languages.help':
      '教学语言是指本国学校讲授各学科所使用的语言，包括课程规定在低年级使用的国家语言或地方语言。手语是指聋人学习者使用的国家手语。',
    'question.digital-content-languages.level.1':
      '数字内容仅有外语版本，或仅有许多学习者听不懂的官方语言版本。',
    'question.digital-content-languages.level.2':
      '主要教学语言有相应内容；其他教学语言仅有项目或非政府组织制作的零散资源。',
    'question.digital-content-languages.level.3':
      '每种教学语言（包括低年级使用的国家语言或地方语言）都有核心内容，部分核心内容还提供国家手语版本。',
    'question.digital-content-languages.level.4':
      '每种教学语言在其使用的所有年级都有核心内容，基础教育各年级都有国家手语版本的核心内容；记录学习者的家庭语言，内容计划为尚缺的语言确定了时间表。',
    'question.digital-content-open-licensing.title': '公共资金资助的数字内容以何种条件提供？',
    'question.digital-content-open-licensing.help':
      '开放教育资源（OER）是以知识共享（Creative Commons）等开放许可发布的学习材料，允许任何人重复使用、改编和分享。联合国教科文组织会员国于2019年通过了《关于开放教育资源的建议书》。',
    'question.digital-content-open-licensing.option.rights-unclear':
      '没有规则：权利不明确或归制作方所有',
    'question.digital-content-open-licensing.option.free-to-use':
      '可在教育部平台上免费使用，但不得复制、改编或分享',
    'question.digital-content-open-licensing.option.open-policy':
      '有政策要求以开放许可发布，新内容遵照执行',
    'question.digital-content-open-licensing.option.open-practice':
      '作为开放教育资源发布在公共资源库中，教师对其进行改编后再次发布',
    'question.digital-content-accessibility.title': '数字内容对残障学习者是否无障碍？',
    'question.digital-content-accessibility.help':
      '《Web内容无障碍指南》（WCAG）是W3C制定的无障碍数字内容国际标准；2.2版于2023年10月成为W3C推荐标准。AA级是无障碍法律和公共采购规则最常要求的级别。无障碍内容可与屏幕阅读器配合使用，为音频和视频提供字幕和文字稿，并为图像提供替代文本。手语内容在关于语言的问题中询问。',
    'question.digital-content-accessibility.level.1':
      '没有无障碍要求；大多数内容无法通过屏幕阅读器使用，也没有字幕。',
    'question.digital-content-accessibility.level.2':
      '特殊学校或非政府组织制作了一些适配资源（有声读物、可转换为盲文的文件、带字幕的视频），但主流内容不做无障碍检查。',
    'question.digital-content-accessibility.level.3':
      '委托制作或采购内容时，一律要求达到WCAG 2.2 AA级或至少同样严格的国家标准，新内容配有字幕、替代文本以及支持文字转语音的格式。',
    'question.digital-content-accessibility.level.4':
      '所有内容（包括旧有材料）都已对照该标准进行检查，残障学习者及其组织参与测试；核心内容还提供易读版本。',
    'component.learning-platforms.title': '学习平台与工具',
    'component.learning-platforms.summary':
      '学校实际使用、长期托管和维护、在网络连接很弱或没有网络连接时也能工作的平台和工具，以及在屏幕和网络稀缺的地方传递学习内容的广播、电视和移动渠道。',
    'question.learning-platforms-provision.title':
      '学校在多大程度上依赖由教育部维持运行的国家学习平台？',
    'question.learning-platforms-provision.level.1':
      '没有国家平台；使用平台的学校自行选择，通常是未就数据或支持达成任何协议的免费商业服务。',
    'question.learning-platforms-provision.level.2':
      '国家平台已经建立（通常是在新冠疫情停课期间），但使用率低或此后有所下降，其维护依赖单一合同或捐助方。',
    'question.learning-platforms-provision.level.3':
      '国家平台（学习管理系统或内容门户）在教育部掌控下托管，由经常性预算出资，配有服务台支持，至少一半的中学每月使用。',
    'question.learning-platforms-provision.level.4':
      '各学段的大多数教师和学习者经常使用这些平台；对照目标跟踪使用情况、可用性和用户满意度，并按计划发布改进版本。',
    'question.learning-platforms-offline.title': '没有可靠网络连接的学习者能否使用平台和内容？',
    'question.learning-platforms-offline.help':
      '离线使用是指在网络连接较弱或中断时平台和内容仍能工作，例如通过将课程存储在设备上的应用程序，或学校的本地服务器。通过移动数据免费访问教育内容（零费率）的问题在“成本与可持续性”中询问。如果几乎所有学习者在学校和家中都有可靠的网络连接，本问题不适用。',
    'question.learning-platforms-offline.level.1':
      '平台和内容只能在线使用，且需要高速网络；农村地区或没有移动数据的学习者被排除在外。',
    'question.learning-platforms-offline.level.2':
      '部分内容可以下载离线使用，但主平台需要持续的网络连接。',
    'question.learning-platforms-offline.level.3':
      '主要平台可离线或在低带宽条件下使用（离线应用、学校本地服务器、存储卡），学习者无需持续联网即可使用核心内容。',
    'question.learning-platforms-offline.level.4':
      '离线使用是所有平台采购的必备要求，离线学习进度在恢复连接后自动同步；解决方案在推广前先在网络条件差的学校进行测试。',
    'question.learning-platforms-low-tech.title':
      '广播、电视或短信等低技术渠道在提供学习方面发挥什么作用？',
    'question.learning-platforms-low-tech.help':
      '低技术渠道可以触达没有互联网或计算机的学习者：教育广播和电视、短信（SMS）以及基本功能手机上的语音服务。学习者跟进是指有人核查学习者是否参与、是否学有所获，例如教师打电话、电话测验或收集练习单。',
    'question.learning-platforms-low-tech.level.1':
      '教育部不运营也不支持任何广播、电视或移动学习节目；现有节目都是广播机构或非政府组织的自发举措，与课程无关。',
    'question.learning-platforms-low-tech.level.2':
      '教育部曾在紧急情况下（如新冠疫情停课期间）或通过合作伙伴项目，在广播或电视上播出课程，或通过手机发送学习信息，但没有固定的播出时间表，也未与课程对应。',
    'question.learning-platforms-low-tech.level.3':
      '至少有一个低技术渠道按公布的时间表在整个学年播出课程，每节课都与目标年级的课程目标相对应，该节目列入教育部的计划或预算并有资金保障。',
    'question.learning-platforms-low-tech.level.4':
      '广播、电视和移动渠道遵循一项覆盖基础教育核心学科、与课程相匹配的统一计划，按公布的时间表播出，有经常性资金保障；对学习者进行跟进（教师电话、电话测验或收集练习单），每年测量覆盖面和学习成效。',
    'component.edtech-evaluation.title': '教育科技评估与遴选',
    'component.edtech-evaluation.summary':
      '如何选择、采购解决方案并保障其质量，以及在扩大规模之前是否测量其对学习的作用。',
    'question.edtech-evaluation-selection.title': '如何遴选在学校使用的数字解决方案？',
    'question.edtech-evaluation-selection.help':
      '总拥有成本计算一项解决方案在整个生命周期内的所有成本（许可证、设备、网络连接、培训、支持、升级和处置），而不仅是购置价格。',
    'question.edtech-evaluation-selection.level.1':
      '解决方案因供应商或捐助方提供而被采用；采用前没有任何标准，也不审查证据。',
    'question.edtech-evaluation-selection.level.2':
      '适用一般采购规则，主要看价格；教学价值、影响证据和数据保护即便有所核查，也是逐案进行。',
    'question.edtech-evaluation-selection.level.3':
      '在推荐或采购任何解决方案之前，评审小组按公布的标准（与课程的契合度、学习影响的证据、无障碍、数据保护、互操作性、总拥有成本）进行评审。',
    'question.edtech-evaluation-selection.level.4':
      '这些标准适用于所有解决方案，包括免费和捐赠的方案；公开目录列出经批准的解决方案及其评审结果，出现新证据时重新审视批准决定。',
    'question.edtech-evaluation-impact.title': '关于学习影响的评估是否为数字项目的决策提供依据？',
    'question.edtech-evaluation-impact.help':
      '如果本国在教育领域尚未实施任何数字项目，本问题不适用。',
    'question.edtech-evaluation-impact.level.1':
      '不对项目进行评估；成效以交付的设备数量或创建的账户数量来报告。',
    'question.edtech-evaluation-impact.level.2':
      '部分项目接受评估，通常应资助方要求进行，评估的是使用情况和满意度，而非学习成效。',
    'question.edtech-evaluation-impact.level.3':
      '重大项目从一开始就有评估计划，包括学习测量和对照组（随机或准实验设计），无论结果如何都予以公布。',
    'question.edtech-evaluation-impact.level.4':
      '每个项目预算都划出固定比例用于评估；评估结果决定项目是扩大规模、重新设计还是终止，教育部与国家研究机构共同推进一项研究议程。',
    'pillar.data-evidence.title': '数据与证据',
    'pillar.data-evidence.summary':
      '关于学习者、教师和学校的可靠、及时且受到保护的数据被用于决策和行动，以及教育领域人工智能的治理。该支柱与网络连接一道，是其他支柱的基石。',
    'component.actionable-insights.title': '可据以行动的洞见',
    'component.actionable-insights.summary':
      '将数据转化为各级决策者使用的信息：仪表板、预警和公开发布的统计数据。',
    'question.actionable-insights-decisions.title':
      '中央、地区和学校层面是否利用教育数据进行决策？',
    'question.actionable-insights-decisions.level.1':
      '数据被汇编用于统计年鉴和向合作伙伴提交的报告；有关预算、人员配置和校舍建设的决策不参考这些数据。',
    'question.actionable-insights-decisions.level.2':
      '中央规划人员将学校普查数据用于部分决策（如在哪里新建教室），但地区办事处和学校几乎得不到任何反馈。',
    'question.actionable-insights-decisions.level.3':
      '中央和地区管理人员使用指标至少每学期更新一次的仪表板，教师调配和资源配置决策以有据可查的分析为依据。',
    'question.actionable-insights-decisions.level.4':
      '学校、学区和教育部各自获得可据以行动、形式适合自身需要的数据；跟踪决策及其结果，数据使用纳入管理人员的岗位职责和培训。',
    'question.actionable-insights-early-warning.title':
      '数据能否促成对有辍学或学业落后风险的学习者的支持？',
    'question.actionable-insights-early-warning.help':
      '预警系统利用缺勤、成绩下滑或超龄就读等信号，识别可能辍学的学习者，使学校能够在他们离校之前采取行动。',
    'question.actionable-insights-early-warning.level.1':
      '没有任何系统；有风险的学习者即便被注意到，也是由个别教师发现的。',
    'question.actionable-insights-early-warning.level.2':
      '少数学区或某个非政府组织试行预警，使用纸质记录的出勤和成绩。',
    'question.actionable-insights-early-warning.level.3':
      '基于个人学习者记录（出勤、成绩、超龄入学）的预警系统向大多数地区的学校标记有风险的学习者，并就如何应对提供指导。',
    'question.actionable-insights-early-warning.level.4':
      '预警覆盖全国，并触发支持措施（补习、社会保护、现金转移）；监测预警的准确性以及被标记学习者的后续情况。',
    'question.actionable-insights-publication.title':
      '教育统计数据是否向公众、研究人员和合作伙伴公布？',
    'question.actionable-insights-publication.level.1':
      '统计数据不予公布，或仅在向教育部申请时提供。',
    'question.actionable-insights-publication.level.2':
      '统计年鉴以文档形式（例如PDF）发布，包含全国和地区表格；基础数据无法获取。',
    'question.actionable-insights-publication.level.3':
      '关键指标和学校层面数据以可重复使用的格式（电子表格、CSV）连同其定义一并公布，研究人员可通过规定程序获取匿名化数据。',
    'question.actionable-insights-publication.level.4':
      '开放数据门户提供有文档说明、每年更新的学校层面数据；匿名化的学习者层面数据依据协议与研究人员共享，教育部发布自己的分析报告。',
    'component.systems-integration.title': '系统集成',
    'component.systems-integration.summary':
      '学校、教师和学习者记录共用唯一标识符的教育管理信息系统（EMIS）架构，以及通过商定的开放标准和接口交换数据的各教育系统。',
    'question.systems-integration-emis-architecture.title':
      '教育管理信息系统（EMIS）是如何组织的？',
    'question.systems-integration-emis-architecture.help':
      '教育管理信息系统是收集、存储、处理和共享有关学校、学习者、教师、财务和成果数据的人员、程序和软件的总和。唯一标识符是赋予每所学校、每位教师或每名学习者的代码，在各系统和各年份中保持不变，使记录无需依靠姓名即可关联。',
    'question.systems-integration-emis-architecture.level.1':
      '数据通过纸质问卷或各部门分别保存的电子表格收集；没有中央数据库。',
    'question.systems-integration-emis-architecture.level.2':
      '中央数据库保存学校层面的年度学校普查数据，但人事、考试和财务数据分散在互不相通的独立系统中；只有学校有代码。',
    'question.systems-integration-emis-architecture.level.3':
      '教育管理信息系统保存带有唯一标识符的学校、教师和学习者记录，这些标识符将主要子系统（普查、人力资源、考试）关联起来。',
    'question.systems-integration-emis-architecture.level.4':
      '基于有文档说明的架构建成的一体化教育管理信息系统连接所有教育子系统，在每名学习者的整个求学期间保留其标识符，并与民事登记、卫生、社会保护和财政等其他政府系统安全地交换数据。',
    'question.systems-integration-interoperability.title': '各教育信息系统之间如何交换数据？',
    'question.systems-integration-interoperability.help':
      '此处的教育信息系统是指教育管理信息系统、学习平台、考试系统，以及保存教育数据的人力资源、工资和财务系统。互操作性是指这些系统无需返工即可交换数据的能力。开放标准是任何供应商都可以实现的公开规范，例如用于学习平台的LTI和xAPI。应用程序编程接口（API）使一个系统能够自动向另一个系统请求数据，无需手工导出文件。',
    'question.systems-integration-interoperability.level.1':
      '每个系统使用各自的格式、代码和账户；将数据从一个系统转移到另一个系统意味着重新录入。',
    'question.systems-integration-interoperability.level.2':
      '部分数据通过一次性安排以导出文件的形式交换；学校、学科或地方的代码表因系统而异，也不要求供应商遵循任何标准。',
    'question.systems-integration-interoperability.level.3':
      '教育部已采用基于开放标准的数据字典、通用代码表和接口规范，并在合同中予以规定；教育管理信息系统、考试系统和人力资源系统据此交换数据。',
    'question.systems-integration-interoperability.level.4':
      '所有主要教育系统（包括学习平台和财务系统）都通过遵循所采用标准、有文档说明且安全的接口（API）自动交换数据；由数据治理机构负责更新标准，每个新系统在接入前都要进行合规测试。',
    'question.systems-integration-emis-platform.title': '教育部使用哪些教育管理信息系统平台？',
    'question.systems-integration-emis-platform.help':
      '例如：自主开发的系统、针对教育领域进行适配的OpenEMIS或DHIS2等开源平台，或商业产品。请注明正在使用的主要模块、各模块由谁开发和维护，以及教育部是否自行托管该系统。',
    'component.quality-coverage.title': '质量与覆盖面',
    'component.quality-coverage.summary':
      '来自学校自身记录、收集后能迅速使用、覆盖包括非公立学校在内的所有学校、经其他来源核实，并可分列以揭示不平等的数据。',
    'question.quality-coverage-collection.title': '如何为教育管理信息系统收集学校数据？',
    'question.quality-coverage-collection.help':
      '学校管理系统是学校用于保存自身名册（注册、出勤、教职员工和成绩）的软件。数据多快可供使用，在下一个问题中询问。',
    'question.quality-coverage-collection.level.1': '学校填写纸质普查表，由学区或中央层面录入。',
    'question.quality-coverage-collection.level.2':
      '学校或学区以电子表单或电子表格填报普查数据，但数字是从纸质名册中手工抄录的。',
    'question.quality-coverage-collection.level.3':
      '大多数学校在数字化学校管理系统中保存注册、出勤和教职员工名册，其普查报表直接从系统生成，无需重新录入。',
    'question.quality-coverage-collection.level.4':
      '几乎所有学校都保存数字化名册，直接更新教育管理信息系统，因而无需单独填写普查表；学校将同样的记录用于自身管理，如跟进缺勤情况。',
    'question.quality-coverage-timeliness.title': '学校普查结果在收集后多久能提供给用户？',
    'question.quality-coverage-timeliness.help':
      '从数据收集结束之日起算，至经过验证的结果通过教育管理信息系统、仪表板或出版物送达规划人员、地区办事处和学校之日止。如果数据是持续收集的，请按大多数用户所需的数据作答。',
    'question.quality-coverage-timeliness.option.over-twelve-months':
      '收集后超过十二个月，或结果不向用户提供',
    'question.quality-coverage-timeliness.option.within-twelve-months':
      '十二个月以内，但超过六个月',
    'question.quality-coverage-timeliness.option.within-six-months': '六个月以内，但超过一个月',
    'question.quality-coverage-timeliness.option.within-one-month':
      '收集后一个月以内，或随学校记录的更新而持续提供',
    'question.quality-coverage-completeness.title':
      '学校普查对学校（包括非公立学校）的覆盖有多完整？',
    'question.quality-coverage-completeness.help':
      '非公立学校是指私立学校、社区学校、宗教学校和非政府组织举办的学校。学校名录（或总名单）是列有所有学校及其唯一代码的官方清单，普查报表以此为基准进行清点。',
    'question.quality-coverage-completeness.level.1':
      '普查遗漏了相当比例的学校，通常是私立、社区或宗教学校，也没有可据以清点遗漏学校的学校名录。',
    'question.quality-coverage-completeness.level.2':
      '几乎所有公立学校都填报，但非公立学校仅部分覆盖，填报率不予公布。',
    'question.quality-coverage-completeness.level.3':
      '超过95%的公立学校和已登记的非公立学校每年填报，以持续更新的学校名录为基准清点，并公布填报率。',
    'question.quality-coverage-completeness.level.4':
      '几乎所有学校（公立和非公立，无论是否登记）每年都填报；学校名录每年与其他来源（地方当局、学校布局图）进行比对，并补录名录中遗漏的学校；按学校类型公布填报率。',
    'question.quality-coverage-reliability.title': '教育管理信息系统中的数字在使用前是否经过核实？',
    'question.quality-coverage-reliability.help':
      '数据核对是指比较来自两个来源的同一数字，例如普查与工资单中的教师人数，或入学人数与学龄人口。',
    'question.quality-coverage-reliability.level.1':
      '数字不经核查：错误即便被发现，也是用户偶然注意到的，不同来源对同一事项给出的数字各不相同。',
    'question.quality-coverage-reliability.level.2':
      '数据录入时的检查能发现缺失值或不可能的值，但既不与其他来源比较，也不在学校实地核查。',
    'question.quality-coverage-reliability.level.3':
      '录入时运行自动验证规则；每年抽样走访学校，将报表与名册进行比对，关键数字与其他来源（工资单、考试、人口估计）进行核对，并记录所作更正。',
    'question.quality-coverage-reliability.level.4':
      '此外，至少每三年对照参考框架（如联合国教科文组织统计研究所的框架）评估一次数据质量；公布实地核查中发现的错误率，发现的问题得到纠正和跟踪。',
    'question.quality-coverage-disaggregation.title': '数据能否分列，以显示哪些学习者正在被落下？',
    'question.quality-coverage-disaggregation.help':
      '基于功能的问题询问的是看、听、行走或学习等活动方面的困难，而不是医学诊断；由联合国儿童基金会和华盛顿残疾统计小组共同开发的儿童功能模块是常用参考。',
    'question.quality-coverage-disaggregation.level.1':
      '数据主要是按学校汇总的计数，最多按性别分列。',
    'question.quality-coverage-disaggregation.level.2':
      '数据可按性别、年龄、年级和地区分列；残疾情况未予记录，或记录所用定义因校而异。',
    'question.quality-coverage-disaggregation.level.3':
      '学习者层面的数据可按性别、年龄、所在地（城市或农村、学区）、通过基于功能的问题记录的残疾情况以及社会经济地位衡量指标进行分列。',
    'question.quality-coverage-disaggregation.level.4':
      '定期公布综合上述维度的分析（例如农村残疾女童），并据此确定资源投放的目标群体；数据还显示学习者在家中获取设备和网络连接的情况。',
    'component.security-privacy.title': '安全与隐私',
    'component.security-privacy.summary':
      '对学习者个人数据的法律保护、负责执法的主管机构、保障教育系统及其数据安全的做法，以及向家庭清楚说明收集哪些数据及其原因。',
    'question.security-privacy-law.title': '法律是否保护学习者的个人数据？',
    'question.security-privacy-law.help':
      '只计已通过并生效的文本：正在讨论的法案不计入。针对儿童数据的专门规则可以载于法律本身、法规或具有约束力的教育行业守则中，例如关于同意、数据最小化或禁止对学习者进行商业画像的规定。是否有主管机构执行该法律，在下一个问题中询问。',
    'question.security-privacy-law.level.1': '没有生效的数据保护法；可能有法案正在讨论中。',
    'question.security-privacy-law.level.2':
      '一般性数据保护法已经生效，但未明确涵盖教育领域：公共机构或学校被豁免，或学习者数据是否属于其适用范围尚不明确。',
    'question.security-privacy-law.level.3':
      '一部生效的数据保护法明确适用于教育部、学校及其供应商持有的学习者个人数据，规定了每种用途的法律依据、目的限制以及查阅权和更正权。',
    'question.security-privacy-law.level.4':
      '除此类法律外，针对教育领域儿童数据的具有约束力的专门规则（同意、数据最小化、禁止广告或商业画像）已经生效，并在过去五年内为适应人工智能等新技术进行了审查。',
    'question.security-privacy-authority.title': '主管机构在教育领域执行数据保护的力度如何？',
    'question.security-privacy-authority.help':
      '数据保护主管机构是通常具有独立性的公共机构（例如委员会或专员），负责处理投诉、开展调查并可实施处罚。佐证材料：其年度报告、决定和指南。',
    'question.security-privacy-authority.level.1':
      '没有机构执行数据保护，或法律规定设立的机构尚未成立。',
    'question.security-privacy-authority.level.2':
      '主管机构已经成立，但缺乏采取行动所需的人员或预算：处理的投诉很少，也未调查过任何公共机构。',
    'question.security-privacy-authority.level.3':
      '主管机构处理投诉，调查公共和私营机构，发布命令或实施处罚，并发布年度报告。',
    'question.security-privacy-authority.level.4':
      '除此之外，该机构在教育领域积极作为：已为学校或教育技术供应商发布指南，过去三年内对教育系统或工具进行过审计，并公布其涉及教育的决定。',
    'question.security-privacy-practice.title': '教育系统中的个人数据在实践中如何得到保护？',
    'question.security-privacy-practice.help':
      '数据保护影响评估是在系统上线前进行的书面审查，评估其对个人隐私构成的风险以及如何降低这些风险。佐证材料：数据保护官的任命文件、访问政策、供应商合同和事件日志。',
    'question.security-privacy-practice.level.1':
      '对谁可以查看个人数据没有任何规定；文件通过电子邮件或U盘传递，账户和密码共用，数据泄露不作记录。',
    'question.security-privacy-practice.level.2':
      '教育部已发布保密指示，但访问权限不按角色分配，没有人正式负责，也不核查供应商如何处理数据。',
    'question.security-privacy-practice.level.3':
      '已指定数据保护官；访问权限基于角色并有日志记录；新系统须进行数据保护影响评估；供应商合同限制数据用途，并要求报告数据泄露；已制定数据泄露应对程序，并已实际使用或经过测试。',
    'question.security-privacy-practice.level.4':
      '定期开展独立安全审计和渗透测试；能接触数据的工作人员每年接受培训；对学校使用的每一种数字工具核查其是否遵守儿童数据规则（数据最小化、禁止广告或商业画像），并公开报告数据泄露事件及应对情况。',
    'question.security-privacy-transparency.title':
      '是否告知学习者和家庭收集了哪些个人数据及其用途？',
    'question.security-privacy-transparency.help':
      '隐私声明告知人们收集了他们的哪些个人数据、收集原因、接收方以及保存期限。',
    'question.security-privacy-transparency.level.1':
      '不告知家庭收集了学习者的哪些数据，也不说明数据如何使用。',
    'question.security-privacy-transparency.level.2':
      '部分平台有隐私声明，但使用法律术语撰写，且只有官方语言版本。',
    'question.security-privacy-transparency.level.3':
      '以家庭使用的语言、用通俗易懂的文字撰写的声明，针对教育管理信息系统和每个主要平台说明收集哪些数据、收集原因、接收方和保存期限；学校在入学注册时将其发给家庭。',
    'question.security-privacy-transparency.level.4':
      '此类声明涵盖学校使用的所有系统和数字工具（包括供应商的工具），并有一份及时更新的公开清单；以适合学习者年龄的方式告知他们其数据的去向；至少每三年开展一次调查，核查家庭是否理解这些声明，并据此进行修订。',
    'component.artificial-intelligence.title': '人工智能',
    'component.artificial-intelligence.summary':
      '使学习者和教师能够从人工智能中受益、同时免受其风险影响的政策、伦理指导、能力框架和采购规则。',
    'question.artificial-intelligence-policy.title':
      '是否有国家政策为教育领域的人工智能应用制定伦理规则？',
    'question.artificial-intelligence-policy.help':
      '佐证材料：已公布的政策或指南，以及与之配套的教师和学习者人工智能能力框架。联合国教科文组织《教育与研究领域生成式人工智能指南》（2023年）和《人工智能伦理问题建议书》（2021年）是各国制定政策的常用参考。',
    'question.artificial-intelligence-policy.level.1':
      '没有政策或指南；教育领域的人工智能应用既不受鼓励，也不受监管。',
    'question.artificial-intelligence-policy.level.2':
      '国家人工智能战略或部长声明提及教育，或人工智能工具被全面禁止，但学校没有实用的指导。',
    'question.artificial-intelligence-policy.level.3':
      '教育部已发布教育领域人工智能政策，确立伦理原则（人的能动性、公平、透明、隐私）和允许的用途，并配套发布教师和学习者人工智能能力框架。',
    'question.artificial-intelligence-policy.level.4':
      '该政策在教师、学习者、家长和研究人员参与下制定；由指定机构监测其执行情况，并至少每两年审查一次，以跟上技术发展。',
    'question.artificial-intelligence-generative.title':
      '学校如何规范教师和学习者使用生成式人工智能？',
    'question.artificial-intelligence-generative.help':
      '生成式人工智能可以根据指令生成文本、图像、声音或代码，聊天机器人即属此类。联合国教科文组织2023年的指南建议，学习者独立使用这些工具的最低年龄为13岁。',
    'question.artificial-intelligence-generative.level.1':
      '没有任何规则：教师和学习者用个人账户随意使用公共聊天机器人，学校对事件逐一被动应对。',
    'question.artificial-intelligence-generative.level.2':
      '一份通知允许、限制或禁止使用生成式人工智能，但没有培训或后续跟进，各校的理解也不尽相同。',
    'question.artificial-intelligence-generative.level.3':
      '学校执行统一规则，规定哪些工具获得批准、最低年龄、可以输入哪些个人数据，以及在计分任务中如何声明借助人工智能完成的作业；教师已接受关于这些规则的培训。',
    'question.artificial-intelligence-generative.level.4':
      '经批准的工具依据教育部签订的协议提供，并具备数据保护和内容安全保障措施；使用情况受到监测，事件得到报告，规则随之更新，学习者学会质疑人工智能生成的内容。',
    'question.artificial-intelligence-procurement.title':
      '是否有关于获取教育用人工智能工具的规则？',
    'question.artificial-intelligence-procurement.level.1':
      '人工智能工具（自适应学习、自动阅卷、远程监考、聊天机器人）被采购，或从供应商和捐助方处接受，没有任何具体要求。',
    'question.artificial-intelligence-procurement.level.2':
      '适用一般信息技术采购规则；部分合同包含数据条款，但没有针对人工智能的具体要求，如偏见测试、透明度或人工监督。',
    'question.artificial-intelligence-procurement.level.3':
      '人工智能工具采购规则要求进行影响评估（权利、偏见、隐私），提供该工具适用于本国学习者和语言的证据，解释其如何得出输出结果，对影响学习者的决定进行人工审查，并由教育部拥有数据所有权。',
    'question.artificial-intelligence-procurement.level.4':
      '公开登记册列出教育领域使用的人工智能系统；部署后对其偏见及对学习者的影响进行审计，合同允许暂停其使用，审计结果予以公布。',
    'outcome.access.title': '受教育机会',
    'outcome.access.summary':
      '更多儿童、青年和成人能够入学并持续接受教育，包括在学校距离遥远或停课的情况下。',
    'outcome.quality-learning.title': '优质学习',
    'outcome.quality-learning.summary': '学习者掌握基础技能，以及课程规定的知识、数字技能和能力。',
    'outcome.equity-inclusion.title': '公平与包容',
    'outcome.equity-inclusion.summary':
      '贫富之间、城乡之间、女童与男童之间，以及残障与非残障学习者之间在受教育机会和学习方面的差距不断缩小。',
    'outcome.teaching.title': '教学',
    'outcome.teaching.summary':
      '教师得到更充分的培养、支持和装备，将更多时间用于教学，减少文书工作。',
    'outcome.efficiency-management.title': '效率与管理',
    'outcome.efficiency-management.summary':
      '教育系统利用及时的数据进行规划、配置资源和支持学校，使所用资金发挥更大价值。',
    'outcome.resilience.title': '韧性',
    'outcome.resilience.summary':
      '在疫情、冲突和自然灾害等危机期间，学习得以持续，学校也能更快恢复。',
    about:
      '本框架及其六大支柱源自联合国教科文组织与联合国儿童基金会、国际电信联盟、全球教育伙伴关系以及数字化转型协作组织（Digital Transformation Collaborative）各合作伙伴于2024年联合发布的《教育数字化转型六大支柱：共同框架》（Six pillars for the digital transformation of education: a common framework）。其中“网络连接与基础设施”和“数据与证据”两个支柱的要素采用已发布材料中列出的名称，并标注为“已发布”。其余内容均为本工具包自行提出的建议：其他四个支柱的要素（标注为“建议”）、所有问题、所有等级描述，以及愿景和教育成果的表述。这些内容供讨论之用，有待使用者审查和调整。',
  },
};

export default zhHans;
