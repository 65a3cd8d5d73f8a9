/** The course's texts in "zh-Hans", keyed as in `mapCourseTexts`. */
import type { CourseTexts } from '@dtc/schema';

const zhHans: CourseTexts = {
  format: 'dtc.course-texts',
  version: 1,
  framework: {
    id: 'six-pillars',
    version: '2.0.0',
  },
  locale: 'zh-Hans',
  texts: {
    'module.coordination-leadership.overview':
      '本支柱考察政府是在主导教育数字化转型，还是被动跟随。它涵盖五个方面：与教育部门计划相衔接的国家数字教育战略；其决策影响学校数字化学习的各部委及各级政府之间的协调；由政府主导的、与捐助方、企业和民间社会的伙伴关系；保护学习者（首先是儿童）的政策和规章；以及公平，确保女童、流离失所的学习者和偏远地区的学习者不会进一步掉队。各项问题都要求提供佐证：已通过的文件、职责授权、会议纪要、监测报告。',
    'module.coordination-leadership.whyItMatters':
      '设备、网络连接和平台本身并不能构成转型。如果没有人掌握全局，项目就会层出不穷、相互重叠，资金一断便告终止，留下的运行费用则落在学校身上。政府如果能确定方向、明确分工并检查成效，就能让各部委、各地区和合作伙伴的投入形成合力。也只有政府能够确保最需要公共行动的学习者——而不是最容易覆盖的人群——得到优先服务。',
    'module.coordination-leadership.reflection.0':
      '目前具体由谁（姓名和职务）对教育数字化转型负责？这个人或部门无需请示他人就能决定哪些事项？',
    'module.coordination-leadership.reflection.1':
      '目前在本国实施的数字教育举措中，哪些并非由教育部规划？教育部是如何得知这些举措的？',
    'module.coordination-leadership.reflection.2':
      '如果现行计划按原样执行，哪些学习者会最后受益？这些计划中哪些内容可以改变这种状况？',
    'module.coordination-leadership.reflection.3':
      '对于本支柱的每一个回答，团队今天能拿出哪些证据？',
    'section.digital-strategy.overview':
      '国家数字教育战略要说明：国家希望技术为学习发挥什么作用、惠及哪些人、何时实现、成本多少、由谁负责。它可以是一份独立文件，也可以是教育部门计划或国家数字战略中的一章；关键在于它已获正式通过、进行了成本测算、与本部门目标挂钩，并对照其目标定期审查。',
    'section.digital-strategy.whyItMatters':
      '没有正式通过的战略，数字化举措就会跟着供应商和捐助方的提议走，而不是围绕学习者的需求展开，每个新项目都从零开始。有了战略，教育部在说“是”或说“不”时都有依据，也便于设立预算科目、要求合作伙伴与之对接。既未进行成本测算、也不定期审查的战略，往往只会被束之高阁。',
    'section.digital-strategy.practice.0':
      '从国家希望解决的教育问题出发，然后再问哪些技术能够提供帮助——如果确实有的话。世界银行教育技术投资五项原则的第一条，就是首先要问“为什么”；联合国教科文组织《2023年全球教育监测报告》则从相关性、公平性、可扩展性和可持续性四个方面审视每一种技术应用。',
    'section.digital-strategy.practice.1':
      '把战略写成一份可执行的计划：有基线的目标、逐年成本测算、时间表、明确的责任部门和监测框架，并规定固定的审查与更新周期。联合国教科文组织的信息通信技术教育政策和总体规划指南提出了这样一种迭代式路线图，涵盖治理、筹资、注重成果的活动和实施。',
    'section.digital-strategy.practice.2':
      '将战略与教育部门计划和国家数字战略相衔接，使其目标纳入本部门的成果框架、其成本纳入本部门预算，而不是写在一份只有合作伙伴才会阅读的平行文件里。',
    'section.digital-strategy.pitfall.0':
      '战略由咨询顾问为捐助方撰写，通过时没有预算部门参与，项目一结束便被遗忘。',
    'section.digital-strategy.pitfall.1':
      '目标只用交付的设备来表述，例如发放了多少设备、联网了多少间教室，却没有关于使用或学习的目标。',
    'section.digital-strategy.pitfall.2': '战略已经过期却无人察觉，因为从未规定审查日期。',
    'section.digital-strategy.example.0':
      '2014年2月，爱沙尼亚政府批准了《爱沙尼亚终身学习战略2020》（Estonian Lifelong Learning Strategy 2020），将终身学习中的数字化重点列为五大战略目标之一。该战略被明确作为政府2014—2020年教育经费决策的依据，因此数字化学习被纳入教育战略之内，而非游离于其外。',
    'section.digital-strategy.example.1':
      '2022年，爱尔兰教育部在开展公众咨询后发布了《至2027年学校数字战略》（Digital Strategy for Schools to 2027），接替其《2015—2020年学校数字战略》。该战略围绕三大支柱展开：教学、学习和评价中的数字技术；数字技术基础设施；以及政策、研究和数字化领导力。',
    'section.digital-strategy.reflection.0':
      '如果现行战略明天被撤销，哪些预算科目、项目或决定会随之改变？',
    'section.digital-strategy.reflection.1': '战略中的哪些目标有基线和数据来源，哪些没有？',
    'section.digital-strategy.reflection.2':
      '上一次对照目标审查战略是在什么时候？审查之后有哪些改变？',
    'section.digital-strategy.reflection.3':
      '战略由谁撰写？征求了哪些方面的意见：教师、学习者、各地区、财政部？',
    'section.cross-government-coordination.overview':
      '许多影响数字教育的决定是在教育部之外作出的：电信监管和普遍服务基金、电力、公共财政、数据保护、国家数字机构，以及拥有或管理学校的地区和地方政府。本要素考察是否有一个常设机构把这些行为体召集在一起，各方是否都有书面的职责授权，以及决定能否传达到各地区。',
    'section.cross-government-coordination.whyItMatters':
      '教育部无法单凭自身力量为学校接通网络；如果没有人支付技术人员的费用，也无法让设备保持正常运转。各部委各行其是时，同一所学校可能被调查两次却始终没有联网，或者由一个项目配备了设备，却因另一个项目而断电。书面的职责授权能把善意变为义务，即使部长更替也依然有效。',
    'section.cross-government-coordination.practice.0':
      '厘清谁决定什么：针对数字教育的每个方面（网络连接、电力、设备、内容、数据、保护），写明负责的机构、赋予其这一职能的法律或法令，以及它所掌控的预算。经合组织（OECD）2023年关于数字教育生态系统与治理的国别说明，介绍了所涉各国公共机构之间的职责划分，可作为开展这项工作的范本。',
    'section.cross-government-coordination.practice.1':
      '为协调机构提供法律依据，设立对其成员拥有权威的主席和秘书处，制定会议日程并公布决定。依法设立、成员机构明确的机构，比捐助方要求时才开会的委员会更难被搁置。',
    'section.cross-government-coordination.practice.2':
      '通过书面协议将地区和地方政府纳入计划，协议写明每一级政府提供什么（网络连接、设备、人员、运行费用）以及相应获得哪些支持，使国家层面的决定能够落实到必须执行这些决定的学校。',
    'section.cross-government-coordination.pitfall.0':
      '协调委员会成员众多却没有决策权，会议纪要只记录讨论，不记录决定。',
    'section.cross-government-coordination.pitfall.1':
      '把财政部和电信监管机构排除在外，而正是它们掌握着资金和网络连接的调控手段。',
    'section.cross-government-coordination.pitfall.2':
      '国家层面的决定始终没有传达到必须执行这些决定的学区和学校。',
    'section.cross-government-coordination.example.0':
      '2010年，乌拉圭第18.640号法律设立了一个隶属于总统府的非国家公法中心，负责实施包括教育网络连接项目Ceibal计划在内的各项计划。其理事会由行政部门（担任主席）、国家公共教育管理局（ANEP）以及教育和文化部、公共卫生部、经济和财政部的代表组成。',
    'section.cross-government-coordination.example.1':
      '巴西2017年11月第9.204号法令设立了“互联教育创新计划”（Programa de Inovação Educação Conectada），旨在支持普及高速互联网接入，并推动数字技术在基础教育中的教学应用。该法令将这一计划定位为联邦政府、各州、联邦区、各市、学校、企业界和民间社会的共同行动。',
    'section.cross-government-coordination.reflection.0':
      '教育部以外的哪个机构明天就可能阻碍数字战略？它是否是协调机构的成员？',
    'section.cross-government-coordination.reflection.1':
      '协调机构在上次会议上作出了什么决定？由谁落实了这些决定？',
    'section.cross-government-coordination.reflection.2':
      '地区或学区官员如何得知国家层面关于数字教育的决定？需要多长时间？',
    'section.cross-government-coordination.reflection.3':
      '当两个机构争揽同一项任务，或者某项任务无人负责时，由谁来裁定？',
    'section.partnerships.overview':
      '发展伙伴、技术公司、电信运营商、基金会和民间社会组织带来资金、产品和专业知识。本要素考察政府是否在主导这些合作：合作伙伴的项目是否与国家战略保持一致并为教育部所知，是否有书面的合作规则来规范合作伙伴在学校里、在学习者数据方面以及在公共资金购买的内容方面可以做什么。',
    'section.partnerships.whyItMatters':
      '合作伙伴既可以加快国家计划的实施，也可能使其支离破碎。各个试点分别使用不同的平台、设备或数据格式，会给教育部留下无力维护的系统；免费提供的东西一旦过了免费期，也可能变成代价高昂的依赖。规则清晰，政府就能在接受帮助的同时，牢牢掌握优先事项、数据和长期成本的主导权。',
    'section.partnerships.practice.0':
      '为合作伙伴资助的所有数字教育项目建立统一登记册（做什么、在哪里、金额多少、持续到何时），并每年与合作伙伴一起对照国家战略进行审查，例如在教育部门联合审查时进行。动员整个生态系统是世界银行教育技术五项原则之一，其前提是政府清楚谁在做什么。',
    'section.partnerships.practice.1':
      '在签署任何协议之前就确定合作规则：与战略保持一致，采用开放标准和格式，明确学习者数据的所有权和保护，不得针对儿童进行商业营销，并事先规划项目结束后由谁承担运行费用。联合国教科文组织《2023年全球教育监测报告》指出，在教育部门之外制定的技术规则未必能满足教育的需要；联合国儿童权利委员会也要求各国保护儿童在数字环境中免遭商业剥削。',
    'section.partnerships.pitfall.0':
      '接受免费设备或许可证，却不问赠送期结束后由谁来维护、更换和付费。',
    'section.partnerships.pitfall.1': '试点由实施它的合作伙伴自行评估，并仅凭这一证据就扩大规模。',
    'section.partnerships.pitfall.2': '协议没有讲清楚学习者数据或用公共资金制作的内容归谁所有。',
    'section.partnerships.reflection.0':
      '目前有多少个数字教育领域的合作伙伴项目在实施？教育部能否不问合作伙伴就把它们列出来？',
    'section.partnerships.reflection.1':
      '教育部是否曾因某项合作伙伴提议不符合战略而予以拒绝或要求调整？',
    'section.partnerships.reflection.2': '合作伙伴项目结束当天，其平台、设备和数据将如何处置？',
    'section.policy-regulation.overview':
      '本要素考察两类规则。第一类是在数字教育中保护儿童的规则：使其免受有害内容、网络欺凌、网络诱骗和剥削之害，防止其个人数据被滥用。第二类是使政策可问责的规则：通过指标、定期报告和审查，显示既定决策是否得到落实。互操作性标准和无障碍内容标准在其他支柱中讨论。',
    'section.policy-regulation.whyItMatters':
      '让学习者上网，也就把网络世界的风险带进了学校；而学校收集的儿童数据几乎比任何其他机构都多。为成年人或商业活动制定的规则很少适用于这种情况。监测与规则同样重要：没有指标和报告，教育部就无法判断保护措施是否有效、学校是否在使用所获得的资源，以及应当在哪些方面调整方向。',
    'section.policy-regulation.practice.0':
      '以儿童权利为儿童保护的基础。联合国儿童权利委员会第25号一般性意见（2021年）要求各国保护儿童在数字环境中免受伤害，同时尊重其获取信息、参与和隐私的权利，并对企业如何使用儿童数据进行监管。',
    'section.policy-regulation.practice.1':
      '制定对学校所用在线服务具有约束力的规则，而不仅仅约束学校：默认采用高隐私设置，只收集必需的最少数据，默认关闭用户画像功能，并设立有能力进行核查的监管机构。英国发布的适龄设计业务守则就是此类规则的一个范例。',
    'section.policy-regulation.practice.2':
      '从战略成果框架中选取一小组指标来监测实施情况，按固定周期报告并公开发布，使协调机构和合作伙伴讨论的是同一套数字，并将监测结果纳入战略的定期审查。',
    'section.policy-regulation.pitfall.0':
      '依赖一部笼统的数据保护法，却从未有人针对学校和教育平台对其作出解释。',
    'section.policy-regulation.pitfall.1':
      '把保护简化为屏蔽网站，而没有报告和处理网络欺凌等事件的程序。',
    'section.policy-regulation.pitfall.2':
      '监测报告只统计交付数量和培训场次，却从不报告使用情况或学习情况。',
    'section.policy-regulation.example.0':
      '在英国，信息专员办公室依据《2018年数据保护法》发布了法定业务守则《适龄设计守则》（Age appropriate design code）。该守则于2020年9月生效，设有十二个月的过渡期，为儿童可能访问的在线服务（包括教育网站和应用程序）规定了15项标准。',
    'section.policy-regulation.example.1':
      '法国2018年8月3日第2018-698号法律禁止学生在幼儿园、小学和初中（collèges）使用手机及其他联网设备，但用于教学目的以及在校规允许的场所除外；高中可在本校校规中规定禁令。该法还将负责任、文明地使用互联网的教育列入学校的培养目标。',
    'section.policy-regulation.reflection.0':
      '如果明天有学生通过学校平台遭受欺凌，谁会得到通知？接下来会发生什么？',
    'section.policy-regulation.reflection.1':
      '学校让儿童使用的服务由企业提供，哪些规则对这些企业具有约束力？由谁检查这些规则是否得到遵守？',
    'section.policy-regulation.reflection.2':
      '数字战略的哪些指标最近一次得到报告？在什么时候，向谁报告？',
    'section.policy-regulation.reflection.3': '是否询问过学习者或家长在数字化学习中感到有多安全？',
    'section.inclusion.overview':
      '公平与包容考察数字教育能否平等地惠及最容易被排斥在外的学习者。该框架关注三个群体：女童和妇女（包括女教师），应衡量她们在接入和技能方面的差距并采取行动；难民、境内流离失所者和移民学习者，应让他们在国家教育系统内以其能理解的语言学习；以及偏远和农村地区的学习者。',
    'section.inclusion.whyItMatters':
      '技术往往首先惠及那些已经拥有最多资源的人：已联网的家庭、城市学校、买得起设备的家庭。如果听之任之，数字化项目反而可能扩大它本应缩小的差距。公平必须从一开始就纳入设计：为每个群体设定目标，对数据进行分类以显示哪些人被遗漏，并将资源优先投向他们。',
    'section.inclusion.practice.0':
      '衡量学习者和教师在设备和网络连接获取以及数字技能方面的性别差距，并采取有针对性的措施加以应对。联合国教科文组织2019年为EQUALS技能联盟撰写的政策文件《如果我能，我会脸红》（I’d blush if I could）发现，在世界大部分地区，数字技能方面的性别差距很大且仍在扩大，并主张开展促进性别平等的数字技能教育；《全球教育监测报告》2024年性别报告也记录了在技术获取和数字技能方面持续存在的差距。',
    'section.inclusion.practice.1':
      '在国家教育系统之内、而非之外为流离失所的学习者做规划：在教育部门计划中统计他们，以他们能理解的语言向他们开放国家数字平台和内容，并认可他们的学习成果。联合国难民署《难民教育2030》战略（2019年）将难民纳入国家教育体系作为目标，其愿景也涵盖了在收容社区中的境内流离失所学习者。',
    'section.inclusion.practice.2':
      '按地点和家庭财富对网络连接和设备数据进行分类，并为偏远和农村学校设定目标，而不是只看全国平均数。联合国儿童基金会和国际电信联盟2020年估计，农村和较贫困家庭的儿童和青年在家中接入互联网的可能性要低得多，因此学校提供的条件对他们最为重要。',
    'section.inclusion.pitfall.0': '只报告全国平均数，掩盖了被遗漏的学校和群体。',
    'section.inclusion.pitfall.1':
      '把难民学习者当作教育部计划之外的人道主义事务，由分散在不同平台上的短期项目提供服务。',
    'section.inclusion.pitfall.2':
      '先为条件最好的学校配备设备，却始终覆盖不到最困难的学校，因为每个阶段都以覆盖的学校数量来评判。',
    'section.inclusion.example.0':
      '巴西2017年设立“互联教育”（Educação Conectada）计划的法令，在其原则中列明：公立学校在技术的教学应用方面享有平等条件；推动位于社会经济更脆弱、教育指标成绩较差地区的学校获得技术。',
    'section.inclusion.reflection.0':
      '目前有哪些数据能够表明，男女学生以及男女教师在学校是否平等地使用数字技术？',
    'section.inclusion.reflection.1':
      '难民、流离失所者和移民学习者是否被纳入数字战略的计划和数据统计？他们在线学习时使用什么语言？',
    'section.inclusion.reflection.2': '按照现行计划，哪些学校会最后联网？为什么？',
    'section.inclusion.reflection.3': '数字教育预算中有多大比例明确用于本节所列的群体？',
    'module.connectivity-infrastructure.overview':
      '本支柱涵盖数字教育赖以存在的物理和技术基础：在整个上课时间内稳定可靠的电力供应；能够正常运行、速度足以满足教学需要的互联网连接；学习者切实使用、并得到维护、支持和负责任处置的设备；以可持续条件获得许可的软件，以及每个用户一个数字身份；设计合理、无障碍且节能的学习空间。各项问题要求提供学校和学习者所占比例的实测数据，而不是计划。',
    'module.connectivity-infrastructure.whyItMatters':
      '其他各个支柱都以本支柱为前提。内容加载不出来，教师就无法使用；学校没有电，数据系统就无法从学校获取数据；设备坏了锁在柜子里，培训也就白费了。基础设施也是资金投入最多的领域，最大的经常性成本就隐藏其中：电费、带宽、维修、更换。衡量学校里实际在用的东西，而不是已交付的东西，是把钱花好的起点。',
    'module.connectivity-infrastructure.reflection.0':
      '在统计为已联网的学校中，上周有多少所学校的网络连接正常运行并用于教学？我们是如何知道的？',
    'module.connectivity-infrastructure.reflection.1':
      '已安装设施的电费、带宽、维修和更换费用，年复一年由谁来支付？',
    'module.connectivity-infrastructure.reflection.2':
      '哪些学校的基础设施最薄弱？现行计划是最先还是最后惠及这些学校？',
    'module.connectivity-infrastructure.reflection.3':
      '学校里设备损坏或网络连接中断时会怎样：教师该找谁？需要多长时间解决？',
    'section.electricity-internet.overview':
      '本要素涵盖学校的电力和网络连接：在整个上课时间内稳定可靠的电力，来自电网或太阳能等离网电源；能够正常运行并用于教学的互联网连接；对照明确阈值衡量的带宽；反映学校电力和网络连接状况的最新分布图；以及长期提供并支付网络连接费用的安排。',
    'section.electricity-internet.whyItMatters':
      '电力是第一位的：没有电，任何设备或网络连接都毫无用处。纸面上存在但时常中断、或速度太慢无法供全班同时使用的网络连接，对教学毫无改变。依赖一次性项目的网络连接往往在项目结束时随之中断。真正重要的是，年复一年，在教学需要时电力和互联网都能正常运行的学校所占的比例。',
    'section.electricity-internet.practice.0':
      '逐校绘制电力、网络连接和实测网速分布图，至少每年更新一次，并在教育部、能源主管部门和电信监管机构之间共享。可持续发展目标指标4.a.1已要求统计能够获得电力和用于教学目的的互联网的学校比例；由联合国儿童基金会和国际电信联盟联合发起、旨在让每所学校都接入互联网的Giga倡议，可以成为这项工作的合作伙伴。',
    'section.electricity-internet.practice.1':
      '先规划电力，再规划设备：对于每所没有可靠电网供电的学校，选择太阳能电池板加蓄电池等离网解决方案，为其维护和蓄电池更换编列预算，并检查其能否在整个上课时间内供电。像可持续发展目标指标4.a.1那样，以对待网络连接同样认真的态度报告学校的电力情况。',
    'section.electricity-internet.practice.2':
      '按学习者人均或按学校类型设定明确的带宽阈值，并对照该阈值衡量学校实际获得的网速，而不是合同中约定的网速。已公布的阈值，例如美国联邦通信委员会2014年设定的目标和英格兰教育部2022年发布的标准，展示了这类阈值可以如何表述。',
    'section.electricity-internet.practice.3':
      '评判一种网络提供模式，要看它能否持久、覆盖多少学校，而不是看由谁签订合同。国家教育网络可以行之有效；由学校自行签订合同、再由公共补贴支付部分费用的模式同样可行，后者即根据《1996年电信法》设立的美国E-Rate计划所采用的模式。只要资金每年持续到位、规则稳定，并覆盖最贫困和最偏远的学校，两种模式都能奏效。',
    'section.electricity-internet.pitfall.0':
      '只因存在合同或设备就把学校算作已联网，而不核实网络连接是否正常运行并用于教学。',
    'section.electricity-internet.pitfall.1':
      '安装太阳能系统却不为蓄电池和维护编列预算，导致几年后供电中断。',
    'section.electricity-internet.pitfall.2':
      '用即将结束的项目资金支付网络连接费用，却没有经常性预算科目来接续。',
    'section.electricity-internet.pitfall.3': '按学校衡量带宽，而不考虑有多少学习者共享。',
    'section.electricity-internet.example.0':
      '美国的E-Rate计划根据《1996年电信法》设立，资金来自普遍服务：学校和图书馆自行向服务提供商购买网络连接，由该计划以折扣形式支付部分费用。2014年，联邦通信委员会对该计划进行了现代化改革，将支持重点转向高速宽带和Wi-Fi，并设定了每1000名学生100 Mbps的目标。',
    'section.electricity-internet.example.1':
      '2022年，英格兰教育部发布了面向中小学和继续教育学院的数字与技术标准。在宽带方面，标准要求采用全光纤连接：小学至少达到100 Mbps下行和30 Mbps上行，中学的连接须能实现双向1 Gbps，并配备备用连接，以便主线路故障时教学能够继续。',
    'section.electricity-internet.example.2':
      '巴西2021年7月第14.180号法律将“互联教育”（Educação Conectada）计划以法律形式确立为一项国家政策，以支持公立基础教育中用于教学的高速互联网。除联邦预算资金外，该法还允许电信普遍服务基金（FUST）为社会经济更脆弱地区的公立学校的网络连接提供资金。',
    'section.electricity-internet.reflection.0':
      '我们掌握了多少所学校的实测网速，而不仅仅是合同网速？',
    'section.electricity-internet.reflection.1': '哪些学校在上课时间会停电？多久停一次？',
    'section.electricity-internet.reflection.2':
      '团队会为本国学校主张什么样的带宽阈值？依据是什么？',
    'section.electricity-internet.reflection.3': '如果当前的网络连接项目明天结束，哪些学校会断网？',
    'section.hardware-devices.overview':
      '本要素涵盖学习者和教师使用的设备：一项说明配备何种设备、给谁、用于什么的政策；学习者在课堂上使用设备的频率；每台设备由多少学习者共用；设备如何维护和维修；学校是否获得有明确响应时间的技术支持；以及设备在使用寿命结束后如何处置。',
    'section.hardware-devices.whyItMatters':
      '设备是数字教育中最显眼的部分，往往也是最大的一笔采购，但交付情况几乎说明不了使用情况。一台设备如果由太多学习者共用、坏了无人修理或被锁在房间里，就无法用于学习。维护、支持和更换每年都要花钱；如果没有人事先规划，废弃设备就会变成危险废物。',
    'section.hardware-devices.practice.0':
      '在选择设备之前先确定设备的用途：设备政策应以课程及其所要支持的教学为依据，并说明预期学习者使用设备的频率。世界银行的教育技术原则以明确的教育目的为出发点；联合国教科文组织《2023年全球教育监测报告》指出，除技术最先进的国家外，大多数国家的课堂上计算机和设备的使用并不普遍。',
    'section.hardware-devices.practice.1':
      '逐校跟踪每台可用于学习的设备由多少学习者共用、设备的使用频率，而不仅仅是交付了多少台。国际学生评估项目（PISA）2018报告了学校中计算机与15岁学生的比例，同时报告了校长对这些计算机运算能力是否足够的看法，这提醒我们：仅仅清点设备数量，并不能说明设备是否适用。',
    'section.hardware-devices.practice.2':
      '从首次采购起就为维护、维修和技术支持编列预算，无论是由各校配备人员，还是由邻近学校共享技术人员，并将响应时间写入合同或服务协议。联合国教科文组织《2023年全球教育监测报告》发现，教育技术的长期成本往往被低估。',
    'section.hardware-devices.practice.3':
      '在采购时就规划设备报废：选择经久耐用、便于维修的设备，尽可能重复使用和翻新，其余的则按照电子废物管理规定（如欧盟《废弃电子电气设备指令》）交由经认证的回收商处理。《2020年全球电子废物监测报告》（Global E-waste Monitor 2020）发现，2019年全球产生的电子废物中，只有约17%有记录表明得到了收集和回收。',
    'section.hardware-devices.pitfall.0':
      '在教师接受培训、内容准备就绪之前就采购设备，结果设备运到了尚未做好准备的学校。',
    'section.hardware-devices.pitfall.1':
      '为了保护设备而把它们锁起来，结果学校上报的设备实际上并未使用。',
    'section.hardware-devices.pitfall.2': '没有维修的预算科目，设备坏了就一直坏着。',
    'section.hardware-devices.pitfall.3':
      '无限期存放旧设备或随意丢弃，没有任何重复使用或回收的安排。',
    'section.hardware-devices.example.0':
      '乌拉圭于2006年宣布实施Ceibal计划（Plan Ceibal），计划在三年内为政府资助的小学的每名学生和教师配发一台笔记本电脑，试点阶段于2007年初启动。世界银行2016年的一项案例研究介绍了该计划在后续阶段如何扩展到中学，以及建立和维持一个负责实施该计划的国家机构需要具备哪些条件。',
    'section.hardware-devices.example.1':
      '2017年发表的一项针对秘鲁318所农村小学“每个孩子一台笔记本电脑”（One Laptop per Child）项目的随机评估发现，该项目使生均计算机数量从0.12台增加到1.18台，学生在校和在家使用计算机的情况也有所增加，但没有发现证据表明其对数学和语言考试成绩产生了影响。',
    'section.hardware-devices.reflection.0':
      '上周有多少所学校的学习者在课堂上使用了设备？我们如何才能得知？',
    'section.hardware-devices.reflection.1':
      '每台可正常使用的设备由多少学习者共用？哪些学校离我们所主张的阈值最远？',
    'section.hardware-devices.reflection.2': '设备损坏后由谁维修、由谁付费？需要多长时间？',
    'section.hardware-devices.reflection.3': '五年前购买的设备现在在哪里？',
    'section.software-services.overview':
      '本要素涵盖学校和教育部所依赖的软件和在线服务及其许可方式：开源软件、开放标准或在国家层面谈判达成的许可协议。它还涵盖数字身份：每名学习者和教师是否拥有一个账户，可通过单点登录访问所需的各项服务，并在尊重隐私的前提下进行管理。',
    'section.software-services.whyItMatters':
      '许可费是一项随学习者人数增加而增长的经常性成本，为试点选定的条款可能让整个系统受其约束多年。开放格式和开放标准可以保留选择余地。统一身份使教师不必管理几十个密码，让学习者转学时能保留自己的作业，也让教育部能在一处统一管控谁可以查看哪些数据。',
    'section.software-services.practice.0':
      '从服务的整个生命周期来比较各种许可方案：开源软件、基于开放标准的服务，以及在国家层面为所有学校一次性谈判达成、而非逐校购买的许可。经合组织《2023年数字教育展望》（OECD Digital Education Outlook 2023）介绍了各国由公共部门向学校提供哪些数字工具、哪些则由学校自行获取。',
    'section.software-services.practice.1':
      '对用公共资金制作的内容和数据采用开放许可和开放格式，使其能够被重复使用，并能从一个平台迁移到另一个平台。联合国教科文组织2019年《开放教育资源建议书》要求各国政府支持开放许可和开放格式。',
    'section.software-services.practice.2':
      '为每名学习者和教师提供一个由教育主管部门签发和管理的身份，通过单点登录访问所需的服务，并且只向每项服务传递其所需的个人数据，这符合欧盟《通用数据保护条例》的数据最小化原则，以及联合国儿童权利委员会所阐明的儿童隐私权。',
    'section.software-services.pitfall.0':
      '为试点购买按用户计费的许可证，却没有估算推广到全国的成本。',
    'section.software-services.pitfall.1':
      '每个平台都要一个新账户和新密码，导致低龄学习者只能依靠教师帮忙登录。',
    'section.software-services.pitfall.2': '学习者和教职员工离开后，账户从不注销。',
    'section.software-services.pitfall.3':
      '仅仅因为供应商向学校免费提供就选用某款软件，而不核查其在数据和后续费用方面的条款。',
    'section.software-services.reflection.0':
      '本系统每年在软件许可上花费多少？如果覆盖所有学校，又将花费多少？',
    'section.software-services.reflection.1': '教师完成一周的日常工作需要多少个不同的账户？',
    'section.software-services.reflection.2':
      '学习者登录时，每项服务会收到哪些个人数据？这是由谁决定的？',
    'section.learning-spaces.overview':
      '本要素考察开展数字化学习的空间：经过设计或改造、能够安全灵活地使用技术的教室、图书馆和其他场所，配有电源插座、通风设施、安全的存放设施以及可供分组活动的空间；对残障学习者无障碍的空间和设备；以及对学校数字设备能耗的管理。',
    'section.learning-spaces.whyItMatters':
      '把技术放进并非为其设计的房间，很难用好：插座太少、房间过热、课桌椅让学习者只能排排坐、没有安全存放设备的地方。建筑、设备和软件如果不是无障碍的，残障学习者就会被拒之门外，而辅助技术本可以为他们打开学习之门。此外，数字设备消耗的电力既是一项经常性成本，也会带来环境代价。',
    'section.learning-spaces.practice.0':
      '在设计或改造学习空间时让教师和学习者参与，优先采用能够随教学实践变化而重新布置的布局。经合组织2011年发表的一项与六个欧洲国家的学校合作开展的研究，提出了一种灵活、可调整、可持续并能为使用者提供支持的学习空间模式。',
    'section.learning-spaces.practice.1':
      '从一开始就在建筑、设备和软件中纳入无障碍设计，而不是逐个个案进行改造。联合国《残疾人权利公约》（2006年）规定缔约国有义务确保残疾人获得信息和通信技术，并确保包容性的教育体系；通用学习设计（UDL）指南则有助于从一开始就针对学习者的多样性进行规划。',
    'section.learning-spaces.practice.2':
      '管理数字设备的能耗：购买节能设备，在非上课时间关闭设备，考虑使用可再生能源，并计量用电量。欧盟委员会2021年针对计算机、显示器、平板电脑和智能手机制定的绿色公共采购标准，涉及能耗和延长产品使用寿命等方面。',
    'section.learning-spaces.pitfall.0':
      '把计算机教室建成封闭的机房，各班每周只去一次，而普通教室仍然没有电源插座。',
    'section.learning-spaces.pitfall.1':
      '无障碍问题要等到残障学习者入学后才逐案处理，而不是事先规划。',
    'section.learning-spaces.pitfall.2': '设备和服务器在夜间和假期一直开着，却没有人对电费负责。',
    'section.learning-spaces.reflection.0':
      '在一间普通教室里，学习者在哪里给设备充电？又在哪里安全存放设备？',
    'section.learning-spaces.reflection.1':
      '今天，一名使用轮椅的学习者或一名盲人学习者能否在我们的学校里充分参与一堂数字化课程？',
    'section.learning-spaces.reflection.2':
      '我们是否知道学校的数字设备用电量有多少？由谁支付电费？',
    'module.cost-sustainability.overview':
      '本支柱考察数字教育的筹资方式能否在首次采购或第一个捐助项目之后持续下去。它关注四个方面：一项筹资战略，逐年测算计划成本，为其设立可识别的预算科目，并按公平的规则分配资金；技术在整个生命周期内的总拥有成本，包括每项投资之后随之而来的运行费用；公开透明、集中需求并避免依赖单一供应商的采购；以及教育预算以外的资金来源，例如普遍服务基金、其他机制和学习内容的零费率访问。',
    'module.cost-sustainability.whyItMatters':
      '数字化项目出问题往往不是在启动时，而是在随后几年：网络连接费、维修、支持和更换费用陆续到期，却没有任何预算科目来承担。于是设备闲置，付得起费用的学校与付不起的学校之间差距越拉越大。一个清楚计划的真实成本、每一部分由谁支付以及合同如何授予的团队，才能保护已有的建设成果，向财政部有理有据地争取支持，并选择国家有能力长期维持的方案。',
    'module.cost-sustainability.reflection.0':
      '如果所有外部资金明天全部停止，一年后学校里还有哪些数字服务在运行？由谁为它们付费？',
    'module.cost-sustainability.reflection.1':
      '在财政部看来，我们的数字教育计划是一个有自己预算科目、经过成本测算的规划，还是一份由若干独立项目组成的清单？',
    'module.cost-sustainability.reflection.2': '我们现有项目的哪些经常性成本还没有任何预算来承担？',
    'module.cost-sustainability.reflection.3':
      '我们在哪些方面依赖单一的供应商、捐助方或运营商？更换的代价是什么？',
    'section.financing-strategy.overview':
      '筹资战略把数字教育计划转化为政府可据以行动的数字：每项措施每年的成本是多少，国家预算、合作伙伴和其他来源各承担多大份额，还剩多大缺口。它还涉及这笔资金如何在预算中体现，以便跟踪支出，以及决定哪些地区和学校获得资金和设备的规则。',
    'section.financing-strategy.whyItMatters':
      '没有成本测算的计划在预算谈判中难以站得住脚；隐藏在其他科目中的支出无法跟踪，在削减预算时也无法得到保护。分配规则与金额同样重要：没有公开的标准，资源往往流向最先提出申请或最容易覆盖的学校，反而扩大了计划本应缩小的差距。',
    'section.financing-strategy.practice.0':
      '用一个简单的逐年模型测算计划成本，将每项活动与单位成本以及所涉及的学校、教师和学习者数量挂钩，并将其纳入教育部门计划和中期支出框架，而不是作为一份单独的项目文件另行保存。',
    'section.financing-strategy.practice.1':
      '像联合国儿童基金会2021年的全球成本测算那样，把支撑数字化学习的成本（如电力、网络连接和可负担的数据流量）与开展数字化学习的成本区分开来，以便分别进行规划、筹资和跟踪。',
    'section.financing-strategy.practice.2':
      '以教育目的和最落后的学习者为出发点：公布分配标准，对偏远、贫困和残疾因素给予额外权重，并将其同时适用于合作伙伴资助的项目和国家项目。',
    'section.financing-strategy.practice.3':
      '为项目提供稳定的法律和制度基础，并让财政部从一开始就参与进来，使其资金不取决于某一个政治周期或某一个项目。',
    'section.financing-strategy.pitfall.0':
      '只测算首次购置设备的成本，把此后的一切都当作别人的问题。',
    'section.financing-strategy.pitfall.1': '在协议签署之前，就把合作伙伴的认捐算作已落实的资金。',
    'section.financing-strategy.pitfall.2':
      '把数字化支出放在一般预算科目中，导致没有人说得清花了多少钱、花在了什么上。',
    'section.financing-strategy.pitfall.3':
      '为了显示覆盖面而把设备分散到所有学校，结果没有一所学校的设备足以改变其教学方式。',
    'section.financing-strategy.example.0':
      '乌拉圭于2006年宣布实施Ceibal计划（Plan Ceibal），并于2007年以试点方式启动，目标是为公立小学的每名学生和教师配发一台笔记本电脑。2010年，第18.640号法律设立了一个专门的非国家公法机构——技术与社会包容中心，负责实施该计划，其理事会成员包括经济和财政部以及国家公共教育管理局的代表。',
    'section.financing-strategy.reflection.0':
      '我们能否说出数字教育计划明年和五年后的成本，其中有多少已有资金保障？',
    'section.financing-strategy.reflection.1':
      '数字教育支出在现行预算中体现在哪里？我们能否报告去年的支出情况？',
    'section.financing-strategy.reflection.2':
      '由谁决定哪些学校获得设备和网络连接？依据的是哪些公开的标准？',
    'section.financing-strategy.reflection.3':
      '财政部是否足够早地参与进来，从而把该计划视为一项长期承诺，而不是一次性的申请？',
    'section.total-cost-of-ownership.overview':
      '总拥有成本是指一项技术在其整个使用寿命内的全部成本，而不仅仅是购买价格：网络连接费、电费、维护和维修、技术支持、培训、内容和许可费，以及最终的更换费用。本要素考察在批准投资之前是否对这些成本进行了估算，以及在项目或捐助方赠款结束后，是否有明确的责任方来支付这些成本。',
    'section.total-cost-of-ownership.whyItMatters':
      '购买价格只是账单的一部分，也是最显眼的部分。如果不规划运行费用，网络就会被断开，损坏的设备无人修理，教师也不再依赖那些随时可能失灵的工具。了解全生命周期成本也会改变选择：更便宜但更早损坏的设备，或许可费逐年上涨的软件，最终花费可能更多。',
    'section.total-cost-of-ownership.practice.0':
      '估算每项重大投资在其预期使用寿命内的成本，在购买价格旁列出各项经常性支出（网络连接、电力、维护、支持、培训、许可、更换），并且只在这一估算的基础上批准投资。',
    'section.total-cost-of-ownership.practice.1':
      '按全生命周期成本而非单价比较各种方案，优先选择经久耐用、便于维修和升级的设备，并保证在规定年限内提供备件和软件更新。',
    'section.total-cost-of-ownership.practice.2':
      '在每个由合作伙伴资助的项目中写入移交计划，说明政府预算将承接哪些运行费用、从哪一年开始、通过哪个预算科目。',
    'section.total-cost-of-ownership.practice.3':
      '为学校提供用于数字化运行费用（如互联网服务费）的常规经费，使学校能否保持联网不取决于家长的捐款。',
    'section.total-cost-of-ownership.pitfall.0': '仅凭招标中的单价就批准一个设备项目。',
    'section.total-cost-of-ownership.pitfall.1':
      '依赖一两年后就到期的保修和免费试用的网络连接，却没有规划任何后续替代安排。',
    'section.total-cost-of-ownership.pitfall.2':
      '忘记了设备进入学校后所需的电力、安全存放、保险和技术支持。',
    'section.total-cost-of-ownership.pitfall.3':
      '让学校用家长的捐款支付网络连接费，加深了学校之间的不平等。',
    'section.total-cost-of-ownership.example.0':
      '巴西于2017年通过法令设立了“互联教育创新计划”（Educação Conectada），并于2021年通过第14.180号法律将其确立为国家政策。根据这一政策，联邦政府可向学校和学校网络提供技术或资金支持，用于签订互联网服务合同、安装在校内分配信号的网络以及购置设备，并公布签订互联网服务合同的参考参数。',
    'section.total-cost-of-ownership.reflection.0':
      '对于我们最大的一项数字化投资，在被更换之前每年要花多少钱？每一项费用由谁支付？',
    'section.total-cost-of-ownership.reflection.1':
      '哪些合作伙伴项目将在未来两年内结束？对其运行费用是否有商定的计划？',
    'section.total-cost-of-ownership.reflection.2':
      '学校是否获得用于网络连接费、维修或技术支持的常规经费？',
    'section.total-cost-of-ownership.reflection.3':
      '我们是否曾将某个项目的实际成本与批准时的估算进行过比较？',
    'section.procurement.overview':
      '采购涉及如何购买设备、网络连接、软件、内容和服务：招标是否公开并公布；技术规格是描述产品必须具备的功能，还是指定某个品牌；是否集中采购以获得更好的价格和条款；合同是否通过开放格式、完整的数据导出和退出条款，保护教育部的数据及其更换供应商的自由。',
    'section.procurement.whyItMatters':
      '数字化采购金额大、技术性强、变化快，因此容易出现价格虚高、围绕某一产品量身定制技术规格，以及长期依赖单一供应商等问题。健全的采购能够降低单位成本，向更多供应商开放市场，并确保合同结束时教育部仍能掌控自己的系统和数据。',
    'section.procurement.practice.0':
      '公开数字教育采购的招标、中标结果、价格和供应商，在已有电子采购系统的情况下加以利用，并建立一支了解技术市场的采购团队。',
    'section.procurement.practice.1':
      '通过国家框架协议集中需求，供各地区和学校据此订购，并将支付的价格与以往合同和其他买方进行比较。',
    'section.procurement.practice.2':
      '以功能和开放标准（设备或系统必须能做什么、必须能读取和导出哪些格式）而非品牌名称作为技术规格的依据，并在每份合同中写入退出条款：教育部拥有自己的数据和所付费购买的内容，数据能够以开放格式完整导出，更换供应商时设有移交期。',
    'section.procurement.practice.3':
      '参考欧盟2021年发布的计算机、平板电脑和智能手机绿色公共采购标准等，将耐用性、可维修性、能耗和报废回收纳入设备的授标标准。',
    'section.procurement.pitfall.0': '技术规格照抄供应商的产品手册，导致只有一种产品能够符合要求。',
    'section.procurement.pitfall.1':
      '接受捐赠或大幅折扣的系统，而其许可、格式或维护后来把教育部绑定在一家公司身上。',
    'section.procurement.pitfall.2': '仅按购买价格评标，不权衡保修、支持响应时间和备件供应情况。',
    'section.procurement.pitfall.3': '各地区或各项目分别以不同价格购买类似物品，却没有人加以比较。',
    'section.procurement.reflection.0':
      '在我们最近三次大型数字化采购中，有多少家投标人参与？我们支付的单价是多少？',
    'section.procurement.reflection.1':
      '如果我们的主要平台供应商明年退出，我们能否以可用的形式导出全部数据和内容？',
    'section.procurement.reflection.2': '各地区和学校分别购买的哪些物品可以由我们统一采购？',
    'section.procurement.reflection.3':
      '我们的授标标准是否考虑了设备能用多久，以及其寿命结束后如何处置？',
    'section.innovative-financing.overview':
      '除教育预算和捐助方赠款之外，还有其他来源可以为数字教育提供资金。就网络连接而言，最常见的是普遍服务基金：电信运营商将其收入的一部分缴入该基金，用于将服务扩展到服务不足的地区。其他来源包括面向学校的优惠资费、公私合作伙伴关系（PPP）、混合融资和基于成果的融资，以及零费率（zero-rating），即使用经批准的学习内容不计入移动数据流量额度。',
    'section.innovative-financing.whyItMatters':
      '让每所学校都联网并保持联网代价高昂，而教育预算不必是唯一的资金来源。电信基金和与运营商达成的协议可以长期分担部分费用，前提是其管理透明、按计划拨付并与国家计划保持一致。零费率可以降低家庭获取学习内容的费用，这对只能通过预付费移动数据上网的家庭尤为重要。',
    'section.innovative-financing.practice.0':
      '与主管电信的部委和监管机构商定，将学校网络连接列为普遍服务基金的合规用途，作出与国家网络连接计划挂钩的多年期承诺，并公布拨付金额报告。',
    'section.innovative-financing.practice.1':
      '除国家网络外，也可以考虑对学校自行签订的合同给予补贴：在E-Rate模式下，学校通过竞争性招标选择服务提供商，由基金支付折扣，较贫困学校和农村学校获得的折扣更大。',
    'section.innovative-financing.practice.2':
      '在采用公私合作伙伴关系、混合融资或基于成果的融资之前，将其全部成本和风险与由公共资金直接资助同一服务进行比较，并始终以教育目的而非金融工具为主导。',
    'section.innovative-financing.practice.3':
      '与所有主要移动运营商就国家学习平台和经批准的内容谈判达成长期零费率协议，通过一份公开的名单进行管理，任何经批准的教育内容提供方都可申请加入，并对其使用情况进行监测。',
    'section.innovative-financing.pitfall.0':
      '普遍服务基金多年征收费用却很少拨付，或资助与教育计划无关的项目。',
    'section.innovative-financing.pitfall.1':
      '在紧急状态期间商定的零费率悄然失效，学习者又得重新为流量付费。',
    'section.innovative-financing.pitfall.2':
      '只对一家公司的服务实行零费率，可能扭曲学习内容市场。',
    'section.innovative-financing.pitfall.3':
      '复杂的融资交易，其交易成本和义务超过了它所带来的资金。',
    'section.innovative-financing.example.0':
      '在美国，《1996年电信法》将普遍服务扩展到学校和图书馆；1997年，联邦通信委员会设立了被称为E-Rate的支持机制。学校和图书馆通过竞争性招标选择服务提供商，由电信公司缴款设立的普遍服务基金（Universal Service Fund）为合规服务支付20%至90%的折扣，折扣幅度随所服务社区的贫困程度而提高，农村地区的折扣更高。',
    'section.innovative-financing.example.1':
      '在巴西，2021年第14.172号法律要求联邦政府向各州和联邦区转拨35亿雷亚尔，用于保障公立基础教育教师，以及来自低收入家庭或就读于原住民和基隆博拉（quilombola）社区学校的公立学校学生的互联网接入，部分资金来自电信普遍服务基金（FUST）。',
    'section.innovative-financing.reflection.0':
      '我国是否设有普遍服务基金或类似的征费机制？已经拨付了多少？其中是否有资金用于学校？',
    'section.innovative-financing.reflection.1':
      '政府中由谁来与移动运营商谈判零费率？我们会把哪些内容纳入其中？',
    'section.innovative-financing.reflection.2':
      '对于正在讨论的任何一种融资机制，与由预算资助同一服务相比，其总成本是多少？',
    'section.innovative-financing.reflection.3': '如果某项临时安排到期，学校将如何保持联网？',
    'module.capacity-culture.overview':
      '本支柱关注人：教师、校长、教育部工作人员和学习者是否具备用好数字技术的能力，学校周边的职业文化是否支持变革。它涵盖教师从职前培养开始的数字能力和人工智能能力；在学校和教育部领导数字化变革的能力；学习者应掌握的数字技能，包括上网安全和数字福祉；以及同伴互学、认可激励和家校互动的文化。',
    'module.capacity-culture.whyItMatters':
      '只有当人们知道如何使用设备和网络连接时，它们才能改变学习。关于教育技术的国际综述，如联合国教科文组织《2023年全球教育监测报告》，都把教师及其培养放在核心位置。对学习者而言，仅有操作技能是不够的：他们必须能够判断信息、保护自己和他人，并与屏幕保持健康的关系。这些能力需要多年才能养成，因此一个国家在决定投资方向之前，需要先了解自己所处的位置。',
    'module.capacity-culture.reflection.0':
      '如果明天每所学校都收到新设备，有多少教师知道如何用它们来改善学习？',
    'module.capacity-culture.reflection.1': '在教育部和各地区，谁具备领导数字化变革的技能和时间？',
    'module.capacity-culture.reflection.2': '除了印象之外，我们对学习者的数字技能究竟了解多少？',
    'module.capacity-culture.reflection.3':
      '在我们的系统中，教师之间如何相互学习利用技术开展教学？',
    'section.teacher-competencies.overview':
      '本要素考察对教师的数字能力和人工智能能力要求以及教师获得这些能力的途径：国家能力框架，这些能力在职前教师教育中的地位，近年来接受过培训的在职教师比例，以及培训采取的形式——从一次性的工作坊到有教练指导和课堂跟进的、持续的校本培训项目。',
    'section.teacher-competencies.whyItMatters':
      '技术是被用来改善学习，还是被锁在柜子里，取决于教师。一个共同的框架为培训机构、教师教育院校和教师提供了共同语言和进阶路径。覆盖面很重要，形式同样重要：仅靠关于设备操作的简短工作坊，不太可能改变课堂实践；而与教师所教学科相结合、并在课堂上跟进的培训，则更有可能奏效。',
    'section.teacher-competencies.practice.0':
      '参照国际模式（如联合国教科文组织《教师信息通信技术能力框架》或欧洲《教育工作者数字能力框架》（DigCompEdu）），制定一个设有进阶等级的国家教师数字能力框架，并以此设计培训、认可教师的进步。',
    'section.teacher-competencies.practice.1':
      '借鉴联合国教科文组织2024年《教师人工智能能力框架》，将能力框架扩展到人工智能领域，使教师不仅在技术层面，而且能够以批判性的、合乎伦理的方式，带着明确的教育目的使用人工智能工具。',
    'section.teacher-competencies.practice.2':
      '在职前教师教育中，把数字化教学法融入各学科的教学法和教学实习，并将其纳入教师资格考核，而不是另设一门计算机课程。',
    'section.teacher-competencies.practice.3':
      '将在职培训组织为持续的、以学校为基础的过程，辅以教练指导、同伴观课和课堂跟进，并记录哪些人接受过培训，以便衡量覆盖面。',
    'section.teacher-competencies.pitfall.0':
      '用教师尚未拥有的设备对其进行培训，或者发放设备却完全不提供培训。',
    'section.teacher-competencies.pitfall.1': '把参加工作坊等同于具备能力，却没有任何课堂跟进。',
    'section.teacher-competencies.pitfall.2':
      '能力框架虽已通过，却从未用于设计课程、考核教师或认可其进步。',
    'section.teacher-competencies.pitfall.3': '把数字能力视为只是计算机科学教师的事。',
    'section.teacher-competencies.example.0':
      '在西班牙，国家教育部与各自治区教育部门共同参加的教育部门会议（Conferencia Sectorial de Educación）于2020年商定了教师数字能力共同参考框架，并商定所有教育行政部门相互承认以该框架为基础的认证程序。该会议于2022年商定了框架的更新版本。',
    'section.teacher-competencies.reflection.0':
      '哪个框架描述了我国教师应能运用数字技术和人工智能做些什么？实际上有谁在使用这个框架？',
    'section.teacher-competencies.reflection.1':
      '过去三年中，有多大比例的在职教师接受过利用数字技术开展教学的培训？我们是如何知道的？',
    'section.teacher-competencies.reflection.2': '培训结束后，是否会跟进到教师的课堂？',
    'section.teacher-competencies.reflection.3':
      '新教师在职前教育阶段如何学习利用数字技术开展教学？',
    'section.leadership-capacity.overview':
      '教育领域的数字化变革需要有能力规划和管理变革的人。本要素考察两类人员：一是校长，他们决定本校如何使用技术并为教职员工提供支持；二是中央和地方各级的教育部工作人员，他们需要具备相应技能并有足够的工作时间，来设计项目、管理合同和数据，并跟进学校的实施情况。',
    'section.leadership-capacity.whyItMatters':
      '没有得力的领导者，设备交付了也不会被投入使用，计划则依赖少数个人，或依赖项目结束就离开的咨询顾问。与教职员工共同制定数字化规划的校长，能使投资更有可能得到利用；了解技术市场和数据的教育部工作人员，能够与供应商和合作伙伴平等打交道。',
    'section.leadership-capacity.practice.0':
      '帮助校长与教职员工一起为本校制定数字化规划，可使用欧盟委员会的SELFIE等自我反思工具，该工具以《数字化能力教育组织框架》（DigCompOrg）为基础。',
    'section.leadership-capacity.practice.1':
      '将领导数字化变革纳入校长专业标准和培训，与教学领导力并列，并给予校长行使这一职责所需的时间和支持。',
    'section.leadership-capacity.practice.2':
      '规划教育部各团队所需的技能（采购、数据保护、合同和项目管理、技术支持下的教学法），并通过培训和招聘加以培养，而不是只依赖外部咨询顾问。',
    'section.leadership-capacity.practice.3':
      '赋予地区和学区工作人员支持学校数字化规划的明确职责，并为其提供培训，使支持能够惠及远离首都的学校。',
    'section.leadership-capacity.pitfall.0':
      '把数字化事务交给一位热心的教师或一名技术员，而学校领导层置身事外。',
    'section.leadership-capacity.pitfall.1':
      '在捐助方的项目团队内部建设教育部的能力，而项目一结束团队就解散了。',
    'section.leadership-capacity.pitfall.2':
      '对领导者的培训侧重工具使用，而不是规划、变革管理和对教师的支持。',
    'section.leadership-capacity.reflection.0':
      '我们的校长是否为本校制定了数字化规划？是谁帮助他们制定的？',
    'section.leadership-capacity.reflection.1':
      '教育部在设计、采购和管理数字化项目方面缺乏哪些技能？目前这些缺口是如何弥补的？',
    'section.leadership-capacity.reflection.2':
      '负责数字教育的工作人员是否有时间做这项工作，还是这项工作只是在其他职责之外额外增加的？',
    'section.leadership-capacity.reflection.3': '地区和学区办公室如何支持学校的数字化变革？',
    'section.learner-digital-skills.overview':
      '本要素涵盖学习者应掌握的数字能力，从信息素养到内容创作、理解人工智能和解决问题；学习者如何学会在网上保护自己的安全、尊重他人；如何关注他们的数字福祉，从健康使用屏幕到应对网络欺凌；以及是否对学习者实际掌握的能力进行衡量。',
    'section.learner-digital-skills.whyItMatters':
      '学习者需要数字技能来持续学习、参与社会和就业，而且他们从小就会遇到网络风险。写入课程并加以评估的明确要求，可以表明学校是在缩小还是在扩大学习者之间的差距。关注数字福祉，有助于确保技术带来的好处不以牺牲睡眠、专注力或心理健康为代价。',
    'section.learner-digital-skills.practice.0':
      '借鉴欧洲《公民数字能力框架》（DigComp 2.2）或联合国教科文组织统计研究所为可持续发展目标指标4.4.2制定的框架等国际参考，在国家框架中列明各学段学生应具备的数字能力，并纳入人工智能能力，例如参考联合国教科文组织2024年《学生人工智能能力框架》。',
    'section.learner-digital-skills.practice.1':
      '根据儿童在数字环境中的权利，在课程中开展上网安全教学，内容涵盖隐私、网络欺凌、有害内容以及向何处求助，并确保每所学校都知道如何报告和处理相关事件。',
    'section.learner-digital-skills.practice.2':
      '明确把数字福祉作为一个有别于上网安全的主题来对待：提供关于健康使用和屏幕时间的指导，对个人设备在校使用作出明确规定，并将网络欺凌的应对与学校提供的心理健康支持联系起来。',
    'section.learner-digital-skills.practice.3':
      '通过国家评估或参加国际研究（如国际教育成就评价协会（IEA）的国际计算机与信息素养研究（ICILS）），衡量学习者实际掌握的能力，并按性别、地区和社会经济背景报告结果。',
    'section.learner-digital-skills.pitfall.0': '以为每天使用手机的年轻人就具备数字能力。',
    'section.learner-digital-skills.pitfall.1':
      '把上网安全当作一天的宣传活动，而不是课程的一部分。',
    'section.learner-digital-skills.pitfall.2':
      '禁止使用设备却不教授负责任的使用方法，或者允许使用设备却没有任何规则。',
    'section.learner-digital-skills.pitfall.3':
      '只衡量学习者能否接触到设备，从不衡量他们能用设备做什么。',
    'section.learner-digital-skills.example.0':
      '在法国，2019年8月的一项法令为中小学、高等教育和继续教育制定了国家数字能力参考框架（CRCN），并规定了对学生数字能力的评价。同日发布的一项部令规定，通过公共在线平台Pix，在初中（collège）毕业和高中（lycée）毕业时对学生的这些能力进行认证。',
    'section.learner-digital-skills.example.1':
      '澳大利亚《2015年加强儿童上网安全法》（Enhancing Online Safety for Children Act 2015）设立了儿童电子安全专员，其职能包括处理针对澳大利亚儿童的严重网络欺凌投诉，以及支持、认证和评估上网安全教育项目。2017年的一项修正案将该专员的职权范围扩大到所有澳大利亚人的上网安全。',
    'section.learner-digital-skills.example.2':
      '巴西2025年1月第15.100号法律明确以维护儿童和青少年的精神、身体和心理健康为宗旨，禁止学生在基础教育各学段的课堂、课间和休息时间使用包括手机在内的个人便携式电子设备，但出于教学目的、保障无障碍和全纳、健康状况、保障基本权利以及紧急情况的除外。',
    'section.learner-digital-skills.reflection.0':
      '我们期望学习者在小学和中学毕业时具备哪些数字能力？这些要求写在哪里？',
    'section.learner-digital-skills.reflection.1': '学习者在课程的哪个部分学习上网安全？由谁来教？',
    'section.learner-digital-skills.reflection.2':
      '我们对个人设备在校使用有哪些规定？这些规定依据的是哪些关于身心福祉的证据？',
    'section.learner-digital-skills.reflection.3':
      '对于学习者的实际数字技能，以及按性别、地区或家庭收入划分的差距，我们了解多少？',
    'section.digital-culture.overview':
      '数字文化是使技术成为日常职业生活一部分的一整套习惯和关系：教师在本校和在线社群中分享实践、相互学习；创新者及其投入的时间得到认可；家长和社区了解学校如何使用技术，参与决策，并能在家中支持学习和安全。',
    'section.digital-culture.whyItMatters':
      '如果教师单打独斗，尝试新做法只有风险而没有回报，培训和设备的作用就很有限。同伴互学能够推广在类似课堂中行之有效的做法，认可激励则能让投入的教师保持积极性。家庭影响着儿童在家中如何使用技术，因此让家庭参与进来的学校能够强化安全、健康和有益的习惯，而不是与之背道而驰。',
    'section.digital-culture.practice.0':
      '为教师留出时间共同备课、评课和相互观课，并支持教师在线下和线上的专业社群中分享利用技术开展教学的资源和经验。',
    'section.digital-culture.practice.1':
      '在考核和职业晋升中认可创新，例如将经认证的数字能力或对共享资源的贡献计入其中，但不以无偿加班作为条件。',
    'section.digital-culture.practice.2':
      '利用学校自我反思让包括学生在内的全校共同体参与决定如何使用技术，欧盟委员会的SELFIE工具就是通过收集校长、教师和学生的意见来做到这一点的。',
    'section.digital-culture.practice.3':
      '向家长通报情况并让他们参与：说明学校使用哪些平台和数据及其原因，就家中安全、健康地使用技术提供指导，并为家长提供反映关切的渠道。',
    'section.digital-culture.pitfall.0': '依赖少数热心人士，他们一调往别的学校，工作就停了下来。',
    'section.digital-culture.pitfall.1': '奖励的是购买或展示技术，而不是教学的改进。',
    'section.digital-culture.pitfall.2':
      '只在出了问题时才与家庭沟通，或者只通过部分家庭无法使用的渠道沟通。',
    'section.digital-culture.reflection.0':
      '在一所普通学校里，教师最近一次与同事分享一堂使用了技术的课是什么时候？',
    'section.digital-culture.reflection.1': '在我们的系统中，利用技术进行创新的教师如何得到认可？',
    'section.digital-culture.reflection.2': '家长如何了解孩子所在学校使用哪些平台、收集哪些数据？',
    'section.digital-culture.reflection.3':
      '已经存在哪些教师社群或网络，是我们可以给予支持而不是另起炉灶取代的？',
    'module.content-solutions.overview':
      '本支柱考察学习者和教师实际使用的东西：说明数字技术如何服务于学习的课程；与课程相一致的数字内容；把内容送达每一名学习者的平台和广播渠道；以及选择和评估解决方案的方式。本支柱的四个要素沿着这一链条展开，从课程一直到证明某一工具确有帮助的证据。只有当相关内容和设计良好的应用方式真正进入课堂，网络连接和设备的投入才会有回报；本支柱要考察的正是这一点：是否使用学习者所讲的语言，是否照顾到残障学习者，以及网络连接很差或没有网络连接的学习者。',
    'module.content-solutions.whyItMatters':
      '如果设备和网络上几乎没有值得使用的东西，花在这些上面的钱就白费了。联合国教科文组织《2023年全球教育监测报告》发现，关于教育技术影响的高质量、公正的证据十分匮乏，现有证据很多来自产品销售方。那些使内容与课程相一致、通过学习者实际拥有的渠道覆盖他们、并在推广之前先对解决方案进行检验的教育部，更有可能让预算物有所值，也能避免把学校绑定在对学习帮助甚微的产品上。',
    'module.content-solutions.reflection.0':
      '目前，我们的学习者能够通过数字内容学习课程的哪些部分？哪些学习者被排除在外？',
    'module.content-solutions.reflection.1':
      '上一次大规模采用某一数字解决方案时，我们要求提供了哪些证据？由谁进行了核查？',
    'module.content-solutions.reflection.2':
      '没有网络连接的学习者，或有视力、听力障碍的学习者，能否学习与其他人相同的课程？',
    'module.content-solutions.reflection.3':
      '在教育部内，谁分别负责内容、平台和评估？他们是否共同规划？',
    'section.curriculum-integration.overview':
      '数字技术如何写入教学内容和评价之中：各学科课程标准说明数字工具服务于哪些学习目标；教师用书和课时安排为其留出空间；数字能力在各学科中培养，而不是只在某一门学科中培养；以及从课堂小测验到国家考试，在评价中运用数字技术。',
    'section.curriculum-integration.whyItMatters':
      '如果课程对此只字未提，数字技术的使用就取决于个人热情，并容易沦为机械操练或娱乐。一套说明每项数字活动目的的课程，能给教师使用设备的理由，给内容制作方一个目标，也给督导人员提供观察的依据。数字化评价可以更快地反馈结果，但只有当其任务仍然衡量课程所重视的东西时，才能服务于学习。',
    'section.curriculum-integration.practice.0':
      '借鉴一个共同参考框架，把数字能力描述为由各学科共同培养的若干领域和熟练程度等级，而不是一份软件技能清单。',
    'section.curriculum-integration.practice.1':
      '在修订课程时，将数字技术的应用写入各学科的目标和教师用书，并使教师培训与之相一致，让教师能力框架和课程描述的是同一种实践。',
    'section.curriculum-integration.practice.2':
      '逐步将评价转到屏幕上进行，核查机考结果与纸笔考试结果是否仍具有可比性，以及考试任务是否仍然衡量课程所重视的东西。',
    'section.curriculum-integration.practice.3':
      '对在计分作业中使用生成式人工智能制定明确规则，并在规则实施之前向教师、学习者和家庭作出解释。',
    'section.curriculum-integration.pitfall.0':
      '增设一门独立的计算机课，就认为其余课程已经万事大吉。',
    'section.curriculum-integration.pitfall.1':
      '修订了课程，却没有修订教师用书、课时安排和考试，导致数字化目标停留在纸面上。',
    'section.curriculum-integration.pitfall.2':
      '在学校具备公平参加考试所需的设备、网络连接和练习机会之前，就把国家考试改为机考。',
    'section.curriculum-integration.pitfall.3':
      '教授学生离校时就会过时的特定软件产品，而不是培养持久的能力。',
    'section.curriculum-integration.example.0':
      '2013年，英格兰教育部发布了覆盖全部四个关键阶段（5至16岁）的计算课程学习大纲，取代原来的信息通信技术（ICT）课程，并自2014年9月起实施；该课程融合了计算机科学、信息技术和数字素养。',
    'section.curriculum-integration.example.1':
      '芬兰的国家基础教育核心课程于2014年通过，自2016年8月起在1至6年级实施，它将信息通信技术能力列为七项横向能力之一，由每一门学科共同培养。',
    'section.curriculum-integration.example.2':
      '据澳大利亚课程、评估和报告管理局（ACARA）2021—22年度报告，澳大利亚于2022年完成了面向3、5、7、9年级的全国读写和计算能力评估（NAPLAN）从纸笔考试向在线考试的转变，在线考试会根据每名学生的作答情况调整题目。',
    'section.curriculum-integration.reflection.0':
      '在多少门学科的课程中，教师能够找到数字工具应服务于哪些学习目标？',
    'section.curriculum-integration.reflection.1':
      '我们的教师用书和课时安排是否为课程所要求的数字活动提供了时间和材料？',
    'section.curriculum-integration.reflection.2':
      '哪些评价可以改为机考，而不会让设备较少的学校处于不利地位？',
    'section.curriculum-integration.reflection.3':
      '对于在家庭作业和考试中使用生成式人工智能，我们的规则是怎么规定的？教师是否了解这些规则？',
    'section.digital-content.overview':
      '与国家课程相匹配的数字资源：覆盖课程的多大部分，使用哪些语言，采用何种许可，以及残障学习者能否使用。覆盖面按学科和年级计算；语言包括教学语言、国家和地方语言以及手语；许可决定教师能否改编和分享；无障碍程度对照WCAG 2.2进行衡量。',
    'section.digital-content.whyItMatters':
      '不符合课程、或学习者看不懂的内容，无论质量多好，都很少有人使用。联合国教科文组织《全球教育监测报告》2016年估计，全世界多达40%的人口无法以自己所讲或所懂的语言接受教育。开放许可使教育部只需付费一次，教师就可以改编、翻译和完善内容；无障碍格式则让残障学习者能与同伴在同一课堂上学习。',
    'section.digital-content.practice.0':
      '把开放许可定为用公共资金购买的内容的通则，使教师和其他制作方可以重复使用、改编和翻译这些内容，并将这一规则写入成文政策。',
    'section.digital-content.practice.1':
      '以学习者能理解的语言规划内容，从低年级开始，并为翻译和改编编列预算，而不是只依赖官方语言的内容。',
    'section.digital-content.practice.2':
      '在每份内容和平台合同中要求达到WCAG 2.2 AA级，与残障学习者一起进行测试，并为核心材料提供字幕、文本替代和手语版本。',
    'section.digital-content.pitfall.0':
      '只统计上传的资源数量，而不梳理这些资源覆盖了哪些学科、年级和目标。',
    'section.digital-content.pitfall.1': '委托制作内容，却没有取得改编、翻译和重复使用的权利。',
    'section.digital-content.pitfall.2': '只用官方语言制作内容，使讲其他语言的低年级学习者掉队。',
    'section.digital-content.pitfall.3':
      '把无障碍当作日后的附加功能，其代价远高于从一开始就纳入设计。',
    'section.digital-content.example.0':
      '在2022年2月的预算演讲中，印度政府宣布将以所有口语语言开发高质量的电子内容，通过互联网、手机、电视和广播提供，并为教师开发电子内容建立竞争性机制。',
    'section.digital-content.reflection.0': '哪些学科和年级还没有与课程相一致的数字内容？',
    'section.digital-content.reflection.1':
      '低年级学习者用哪些语言学习？我们的内容又是用哪些语言制作的？',
    'section.digital-content.reflection.2':
      '我们付费购买的内容，其权利归谁所有？教师能否改编和分享？',
    'section.digital-content.reflection.3': '今天，盲人或聋人学习者能否使用我们的核心内容？',
    'section.learning-platforms.overview':
      '将内容和学习送达学习者的渠道：学校使用、教育部持续维护的国家学习平台；可离线或在低带宽条件下运行的解决方案；以及广播、电视、短信和语音电话等低技术渠道。这些渠道作为有计划的供给组成部分，与课程相一致，并对学习者进行跟进。',
    'section.learning-platforms.whyItMatters':
      '联合国儿童基金会2020年估计，在新冠肺炎（COVID-19）疫情导致学校停课期间，至少有4.63亿学生无法获得本国政府提供的远程学习，其中大多数生活在农村地区或贫困家庭。需要持续联网的平台会遗漏最需要支持的学习者。已经在使用广播和离线渠道、并为长期使用而非仅为应急而规划平台的国家，更有能力保持学习不中断。',
    'section.learning-platforms.practice.0':
      '围绕网络连接条件最差的学习者规划每一种渠道：在选择渠道组合之前，核查家庭在互联网、电视、广播和手机方面的拥有情况。',
    'section.learning-platforms.practice.1':
      '从一开始就面向所有学习者进行设计：平台可离线和在低带宽条件下运行，内容可以下载或由学校服务器提供，学习进度在恢复连接时自动同步。',
    'section.learning-platforms.practice.2':
      '把广播和电视作为有计划的渠道来使用，制定与课程挂钩的播出时间表，通过纸质材料或手机进行跟进，并让教师有办法检查学习者的进度。',
    'section.learning-platforms.pitfall.0':
      '在紧急状态下推出平台却没有经常性预算，合同或捐助资金一结束，平台便逐渐荒废。',
    'section.learning-platforms.pitfall.1':
      '以创建的账户数量而不是用于学习的经常性使用来衡量成效。',
    'section.learning-platforms.pitfall.2':
      '播出课程时没有时间表、没有纸质辅助材料、也不与教师联系，结果没有人知道谁收看了课程。',
    'section.learning-platforms.pitfall.3':
      '同时运行多个相互重叠的平台，每个平台都有自己的账户和内容，教师必须分别学习。',
    'section.learning-platforms.example.0':
      '墨西哥的电视中学（Telesecundaria）始于1968年，通过电视课程并由教师在课堂上跟进，为农村社区提供初中教育；墨西哥公共教育部（Secretaría de Educación Pública）2010年出版的一部历史记述了其发展历程。',
    'section.learning-platforms.example.1':
      '印度2022年2月的预算演讲宣布，PM eVIDYA计划中的“一个年级，一个电视频道”项目将从12个电视频道扩展到200个，使每个邦都能以地区语言为1至12年级播出补充课程。',
    'section.learning-platforms.reflection.0':
      '我们的学习者中，有多大比例能在家里在线上课？有多大比例只能通过广播、电视或电话学习？',
    'section.learning-platforms.reflection.1':
      '我们的国家平台是否仍然每周都有人使用？明年由谁为它付费？',
    'section.learning-platforms.reflection.2':
      '如果学校明天停课，哪些渠道能覆盖最偏远地区的学习者？',
    'section.learning-platforms.reflection.3': '教师如何知道学习者是否收看了广播课程？',
    'section.edtech-evaluation.overview':
      '学校的数字解决方案如何遴选，以及是否衡量其对学习的影响：公布遴选标准（与课程的契合度、证据、无障碍、数据保护、成本）；对免费和捐赠产品与购买的产品进行同样的审查；在重大项目中纳入评估计划；以及利用评估结果决定扩大规模、重新设计或停止实施。',
    'section.edtech-evaluation.whyItMatters':
      '严谨的研究表明，听起来相似的项目结果却大相径庭：有些技术辅助教学在几个月内就提高了学习水平，而一个大型笔记本电脑项目却对考试成绩毫无影响。联合国教科文组织《2023年全球教育监测报告》指出，现有证据很多来自产品销售方。如果没有自己的标准和评估，教育部就无法在投入大笔预算之前分辨这些情况。',
    'section.edtech-evaluation.practice.0':
      '公布遴选标准并将其适用于每一种产品，包括免费和捐赠的产品：与课程的契合度、对学习影响的证据、无障碍、数据保护和总成本。',
    'section.edtech-evaluation.practice.1':
      '按证据强度对每种产品背后的证据进行分级，从随机研究到合理的理论依据，并要求供应商提供由独立研究人员开展的评估。',
    'section.edtech-evaluation.practice.2':
      '优先采用对严谨研究的综述认为有前景的应用方式，例如在已配备设备的地方使用能根据每名学习者的水平调整练习的软件，而不要指望仅靠设备就能提高学习水平。',
    'section.edtech-evaluation.practice.3':
      '从一开始就在重大项目中纳入评估，设置学习测量指标和对照组，并且无论结果如何都予以公布。',
    'section.edtech-evaluation.pitfall.0': '把交付的设备或创建的账户当作学习成果来报告。',
    'section.edtech-evaluation.pitfall.1':
      '接受捐赠产品时不经过对购买产品所适用的审查，继而不得不承担其运行费用、接受其数据处理方式。',
    'section.edtech-evaluation.pitfall.2':
      '试点尚未评估就在全国推广，或者只用供应商自己的数据进行评估。',
    'section.edtech-evaluation.pitfall.3': '只公布显示积极结果的评估。',
    'section.edtech-evaluation.example.0':
      '2017年发表的一项针对秘鲁农村小学“每个孩子一台笔记本电脑”（One Laptop per Child）项目的随机评估发现，该项目使生均计算机数量从0.12台增加到1.18台，计算机的使用也大幅增加，但大约15个月后，对数学和语言考试成绩没有任何影响。',
    'section.edtech-evaluation.example.1':
      '2019年发表的一项在德里开展的随机评估发现，通过抽签获得免费参加自适应课后学习项目（Mindspark）资格的初中学生，4.5个月后在数学和印地语方面的得分明显高于未中签的学生。',
    'section.edtech-evaluation.example.2':
      '美国《2015年每个学生都成功法》（Every Student Succeeds Act）为教育干预措施规定了四个证据等级（强、中等、有前景、显示出合理依据）；美国教育部2016年发布的指南解释了各州和学区在选择干预措施时应如何运用这些等级。',
    'section.edtech-evaluation.reflection.0':
      '我们现有的数字化项目中，哪些已通过与对照组的比较证明能够改善学习？',
    'section.edtech-evaluation.reflection.1':
      '捐赠和免费的产品是否与我们购买的产品经过同样的审查？',
    'section.edtech-evaluation.reflection.2': '由谁决定扩大或停止一个项目？依据的是什么证据？',
    'section.edtech-evaluation.reflection.3': '我们在项目预算中留出多大比例用于评估？',
    'module.data-evidence.overview':
      '本支柱考察教育系统所掌握的关于学习者、教师和学校的数据，以及如何利用这些数据：数据是否促成决策、促成对学习者的早期支持；教育管理信息系统（EMIS）等系统是否通过开放标准交换数据；数据是否完整、及时、可靠；学习者的个人数据是否得到保护；人工智能的使用是否有明确的规则。本支柱具有基础性：其他每个支柱都要依靠这些数据来了解自身所处的位置。',
    'module.data-evidence.whyItMatters':
      '没有可靠的数据，教育部就无法看清哪些学校缺少教师、哪些学习者即将辍学，或者某个项目是否有效。世界银行《2018年世界发展报告》提出，只有先对学习进行衡量，学习才能成为政策的一项严肃目标。同样的数据也伴随着风险：学习者的记录属于个人信息，而教育科技和人工智能的普及使掌握这些记录的主体成倍增加。因此，良好的数据体系要兼顾使用、质量和保护；如实回答本支柱的问题，也是在检验自我评估其余部分所依据的证据。',
    'module.data-evidence.reflection.0':
      '教育部去年根据教育管理信息系统（EMIS）数据作出了哪些决定？又有哪些决定是在没有数据的情况下作出的？',
    'module.data-evidence.reflection.1': '学校普查结束后，要过多久数据才能交到规划人员手中？',
    'module.data-evidence.reflection.2':
      '我们是否知道哪些公司掌握着我们学习者的数据，以及依据的是什么条款？',
    'module.data-evidence.reflection.3': '由谁决定能否以及如何将人工智能用于学习者的数据？',
    'section.actionable-insights.overview':
      '数据是否转化为决策：规划人员、学区官员和校长在分配教师和经费时实际使用的指标；标记有辍学风险的学习者、使学校能够及时采取行动的预警系统；以及以公众能够理解和重复使用的形式公布数据和学校成绩。',
    'section.actionable-insights.whyItMatters':
      '收集数据要花钱，也要占用学校的时间，只有加以使用才能证明这笔成本物有所值。以有用的形式把数据反馈给学校，能让学校有理由认真填报。预警指标使支持能够在学习者离开学校之前而不是之后到达；公布的结果则让家庭和社区了解本地学校的办学情况并要求改进。',
    'section.actionable-insights.practice.0':
      '将一小组结合学习成果和升学进程的指标，与系统各层级的明确目标挂钩，并按固定周期进行审查。',
    'section.actionable-insights.practice.1':
      '以报告或仪表板的形式把数据反馈给学校和学区，让他们能据此采取行动，而不是只提供给中央规划人员。',
    'section.actionable-insights.practice.2':
      '以研究证明与辍学相关的指标（如出勤率和课程成绩）为基础建立预警系统，并为每一条预警规定学校应采取的相应措施。',
    'section.actionable-insights.pitfall.0':
      '编制的统计年鉴出得太晚，无法为预算编制或教师调配提供依据。',
    'section.actionable-insights.pitfall.1':
      '公布未经调整的学校排行榜，把服务于截然不同学习者群体的学校放在一起比较。',
    'section.actionable-insights.pitfall.2': '发出预警却没有人负责据此采取行动。',
    'section.actionable-insights.pitfall.3': '每年都增加指标，却不核查哪些指标真正有人在用。',
    'section.actionable-insights.example.0':
      '巴西2007年第6.094号法令将基础教育发展指数（IDEB）确定为检查“全民教育承诺”（Compromisso Todos pela Educação）计划各项目标的客观指标；该指数由巴西国家教育研究院（INEP）根据学校普查的升级率并结合全国评估结果计算得出。',
    'section.actionable-insights.reflection.0':
      '部长首先会看哪三个指标？这些指标能否及时提供以用于编制预算？',
    'section.actionable-insights.reflection.1': '校长能否以可用的形式拿到本校的数据反馈？',
    'section.actionable-insights.reflection.2':
      '当学习者被标记为有辍学风险时，谁做什么？多快能做到？',
    'section.actionable-insights.reflection.3': '我们公布了哪些关于学校的信息？家长能否看得懂？',
    'section.systems-integration.overview':
      '教育管理信息系统（EMIS）如何构建和连接：一种将学校、学习者和教师记录与考试、人力资源、财务和学习平台相关联的架构；使记录能够跟随学习者的唯一标识符；以及通过商定的开放标准和有文档说明的接口交换数据，而不是手工重复录入。',
    'section.systems-integration.whyItMatters':
      '各自独立的系统迫使学校多次录入相同的数据，产生互不吻合的数字，也使得无法跟踪一名学习者从一所学校转到另一所学校的情况。集成化的架构能提供唯一一套事实版本，减轻学校的填报负担，并让新工具无需定制开发即可接入。开放标准还能让教育部保留更换供应商的自由。',
    'section.systems-integration.practice.0':
      '把教育管理信息系统视为一个具有明确架构、由相互连接的记录构成的系统，而不是一份年度问卷，并明确由一个部门对其负责。',
    'section.systems-integration.practice.1':
      '在连接各系统之前，就法律、组织、语义和技术四个层面的互操作性达成一致，使共享的数据在任何地方都具有相同的含义。',
    'section.systems-integration.practice.2':
      '在每次采购平台或系统时都要求采用开放标准和有文档说明的接口，使数据能够在这些平台和系统与教育管理信息系统之间双向流动，并为每名学习者分配一个受保护的唯一标识符，使记录能够跟随学习者跨学校、跨学段流转。',
    'section.systems-integration.pitfall.0':
      '从不同供应商处购买模块，却没有就数据格式达成一致，然后再花钱定制它们之间的接口。',
    'section.systems-integration.pitfall.1': '要求学校在多个系统中录入相同的数据。',
    'section.systems-integration.pitfall.2': '在确定谁可以查看哪些数据之前就建设集成系统。',
    'section.systems-integration.pitfall.3':
      '让教育管理信息系统依赖于唯一了解它的某一个人或某一家承包商。',
    'section.systems-integration.example.0':
      '爱沙尼亚教育信息系统（EHIS）将学校、学生、教师、考试和资格证书数据汇集到一个国家数据库中，并可与劳动力市场数据相关联；经合组织2020年发表的一项案例研究介绍了数据如何进入该系统，以及如何将其用于政策制定。',
    'section.systems-integration.reflection.0':
      '校长每年要在不同系统中录入同一名学习者的数据多少次？',
    'section.systems-integration.reflection.1':
      '教育管理信息系统、考试系统和工资系统中关于一所学校教师人数的数字是否一致？',
    'section.systems-integration.reflection.2':
      '我们的哪些系统使用有文档说明的开放接口？哪些依赖于单一供应商？',
    'section.systems-integration.reflection.3':
      '学习者转到另一所学校或另一个地区时，我们能否继续跟踪而不丢失其记录？',
    'section.quality-coverage.overview':
      '数据是否可信、是否覆盖所有人：学校数据如何收集（纸质表格还是学校保存的数字化记录）；数据多快能到达使用者手中；是否覆盖所有学校，包括非公立学校；数字是否与其他来源进行核对；以及能否按性别、地区、残疾状况和其他特征进行分类。',
    'section.quality-coverage.whyItMatters':
      '决策的好坏取决于其背后数据的质量。覆盖不全会掩盖系统服务最差的学习者，他们往往就读于非公立或偏远学校；而数据迟到，预算早已确定。2015年通过的《2030年可持续发展议程》呼吁提供按收入、性别、年龄、残疾状况、移民身份和地理位置分类的数据，因为平均数掩盖了公平政策必须弥合的差距。',
    'section.quality-coverage.practice.0':
      '从纸质表格转向由学校保存并可重复用于普查的数字化记录，使数据只需录入一次并在录入时即进行核查。',
    'section.quality-coverage.practice.1':
      '通过法定报告义务覆盖每一所公立和私立学校，并明确由谁对所报数据的准确性负责。',
    'section.quality-coverage.practice.2':
      '通过自动一致性检查、抽样核查以及与住户调查和工资记录等其他来源的比对来核实数据。',
    'section.quality-coverage.practice.3':
      '收集对指标进行分类所需的特征信息，如性别、地区、残疾状况和流离失所状况，并公布分类结果。',
    'section.quality-coverage.pitfall.0':
      '公布普查得出的入学人数，却不与人口估计数或出勤情况进行核对。',
    'section.quality-coverage.pitfall.1':
      '把非公立学校排除在普查之外，导致对整个系统的了解不完整。',
    'section.quality-coverage.pitfall.2': '收集了分类数据，却没有任何报告使用这些数据。',
    'section.quality-coverage.pitfall.3':
      '将经费与上报的入学人数挂钩却不进行核查，这等于奖励虚报数字。',
    'section.quality-coverage.example.0':
      '巴西2008年第6.425号法令规定，每年与各州和各市合作，对所有公立和私立基础教育机构开展学校普查，以学生、班级、学校和教育工作人员为信息单位，并规定各主管部门和私立学校校长对其申报内容的准确性负责。',
    'section.quality-coverage.reflection.0':
      '在上一次普查中，有多大比例的学校（包括私立学校和社区学校）上报了数据？',
    'section.quality-coverage.reflection.1': '从普查基准日到结果公布之间要经过几个月？',
    'section.quality-coverage.reflection.2': '上一次有人将普查数字与独立来源进行核对是在什么时候？',
    'section.quality-coverage.reflection.3': '我们能否说出有多少残障学习者入学、他们在哪里就读？',
    'section.security-privacy.overview':
      '学习者和教师的个人数据如何得到保护：一部涵盖学习者数据、对儿童有专门规定的法律；一个有能力在教育领域执法的主管机构；教育部、学校和供应商的安全措施；以及透明度，使学习者和家长知道收集了哪些数据、为何收集、由谁掌握。',
    'section.security-privacy.whyItMatters':
      '教育系统掌握着一个国家几乎每一名儿童的数据，而在线学习又使更多此类数据落入私人手中。2022年，人权观察报告称，在其审查的、各国政府在新冠肺炎（COVID-19）疫情学校停课期间推荐使用的在线学习产品中，大多数产品的数据处理方式似乎使儿童权利面临风险或侵犯了儿童权利。学校也是网络攻击的目标。信任一旦失去，此后的每一次数据收集都会更加困难。',
    'section.security-privacy.practice.0':
      '以儿童权利为学习者数据规则的基础：只收集教育所需的数据，限制数据保存期限，禁止广告和用户画像等商业用途。',
    'section.security-privacy.practice.1':
      '在采用任何处理学习者数据的平台或工具之前，评估学习者数据面临的风险，并将由此确定的保障措施写入合同。',
    'section.security-privacy.practice.2':
      '在教育部和各学校推行一份简短的高成效安全措施清单：多因素身份验证、及时安装补丁、经过测试的备份，以及经过演练的事件响应计划。',
    'section.security-privacy.practice.3':
      '用通俗易懂的语言告诉学习者和家长：收集了哪些数据、用于什么目的、由谁接收以及保存多长时间。',
    'section.security-privacy.pitfall.0':
      '在紧急状态下推荐免费平台，却不核查它们如何使用学习者的数据。',
    'section.security-privacy.pitfall.1':
      '依赖一部没有任何主管机构在学校中执行的一般性数据保护法。',
    'section.security-privacy.pitfall.2':
      '在汇总数据就足够的情况下，仍与合作伙伴共享完整的学习者记录。',
    'section.security-privacy.pitfall.3':
      '使用家长无法拒绝的同意书，否则其子女就会失去获得学校服务的机会。',
    'section.security-privacy.example.0':
      '美国《1974年家庭教育权利和隐私法》（FERPA）赋予家长查阅子女教育记录并要求更正的权利，并规定在披露这些记录中的个人身份信息之前，一般须征得家长的书面同意；学生年满18岁或进入中学后教育阶段时，这些权利转归学生本人。',
    'section.security-privacy.example.1':
      '英国《适龄设计守则》（Age Appropriate Design Code）是信息专员办公室发布的法定业务守则，于2020年9月生效，设有12个月的过渡期；其15项标准适用于儿童可能访问的在线服务（包括教育网站），并要求默认采用高隐私设置。',
    'section.security-privacy.example.2':
      '2023年1月，美国网络安全和基础设施安全局（CISA）根据《2021年K-12网络安全法》的要求，发布了一份关于学校所面临网络风险的报告，建议采取多因素身份验证、安装补丁、经过测试的备份和事件响应计划等若干高成效措施。',
    'section.security-privacy.reflection.0':
      '目前哪部法律保护学习者的数据？它对儿童是否有专门规定？',
    'section.security-privacy.reflection.1':
      '谁能告诉我们，哪些公司会从我们学校所用的平台获取数据？',
    'section.security-privacy.reflection.2': '学习者记录发生泄露后的最初24小时内，我们会做什么？',
    'section.security-privacy.reflection.3': '家长如何了解教育系统掌握了其子女的哪些数据？',
    'section.artificial-intelligence.overview':
      '人工智能如何进入教育系统、遵循什么规则：关于人工智能教育应用的政策或指南；学习者和教师使用生成式人工智能的规则；以及采购人工智能工具的条件，例如其运作方式透明、涉及学习者的决定由人进行监督，以及保护工具所使用的数据。',
    'section.artificial-intelligence.whyItMatters':
      '人工智能工具进入学校的速度快于相关规则的制定速度。负责录取、评分或分班的系统，或在考试中对学习者进行监控的系统，可能影响学习者的发展路径，而其错误或偏见很难从外部察觉。欧盟2024年《人工智能法》将教育领域的此类用途列为高风险，并禁止在学校中使用情绪识别，出于医疗或安全原因的除外。明确的国家指南能让学校在人工智能有益的地方加以使用，同时保护学习者。',
    'section.artificial-intelligence.practice.0':
      '让人始终掌握主导权：关于学习者录取、评分或分班的决定仍由负有问责责任的工作人员作出，人工智能只起辅助作用，并且每一项人工智能应用都能向受其影响的人作出解释。',
    'section.artificial-intelligence.practice.1':
      '在生成式人工智能被默认普及之前就制定规则，包括在课堂上独立使用的最低年龄；联合国教科文组织2023年发布的指南建议为13岁。',
    'section.artificial-intelligence.practice.2':
      '按风险对人工智能应用进行分类，对录取、评价或监控学习者的系统适用最严格的条件，如文档记录、人工监督和偏见测试。',
    'section.artificial-intelligence.practice.3':
      '将儿童权利写入人工智能工具的采购要求：保护儿童数据、公平和不歧视，以及儿童能够理解的解释。',
    'section.artificial-intelligence.pitfall.0':
      '一刀切地禁止生成式人工智能，随后却发现学习者在没有任何指导的情况下使用它。',
    'section.artificial-intelligence.pitfall.1':
      '购买的人工智能工具所作的决定，教育部内无人能够解释或核查。',
    'section.artificial-intelligence.pitfall.2':
      '在没有明确协议的情况下，允许供应商用学习者的数据训练其模型。',
    'section.artificial-intelligence.pitfall.3':
      '把人工智能指南当作一次性文件，而不随工具的变化进行审查。',
    'section.artificial-intelligence.example.0':
      '2023年10月，澳大利亚各教育部长批准了《澳大利亚学校生成式人工智能框架》（Australian Framework for Generative Artificial Intelligence in Schools）；该框架于2023年12月发布，自2024年起实施，确立了包括隐私、安全和保障在内的六项原则，并规定至少每12个月审查一次。',
    'section.artificial-intelligence.example.1':
      '英格兰教育部于2023年3月首次发布了关于生成式人工智能在教育中应用的立场文件，此后又进行了更新；文件要求学校不要将个人数据或敏感数据输入生成式人工智能工具，并采取合理措施防止计分作业中的不当行为。',
    'section.artificial-intelligence.example.2':
      '2023年5月，美国教育部教育技术办公室根据公开听取意见会的成果，发布了《人工智能与教学的未来》（Artificial Intelligence and the Future of Teaching and Learning）；其七项建议中的第一项，是在教育中使用人工智能时让人始终参与其中（human in the loop）。',
    'section.artificial-intelligence.reflection.0':
      '我们的系统中哪些地方已经在使用人工智能，包括为其他目的而购买的工具中所内嵌的人工智能？',
    'section.artificial-intelligence.reflection.1':
      '关于学习者的哪些决定，我们绝不会交给自动化系统？',
    'section.artificial-intelligence.reflection.2':
      '我们的教师和学习者对生成式人工智能的相关规则了解多少？',
    'section.artificial-intelligence.reflection.3': '由谁审查我们的人工智能指南？多久审查一次？',
  },
};

export default zhHans;
