/**
 * The demo site's English messages: the contract every other locale satisfies
 * (`fr.ts` is typed `Record<keyof typeof en, string>`). ICU subset of @dtc/i18n. Every page
 * loads them at start; words only the workshop room pages use are in room/en.ts, loaded
 * with those pages.
 */
export const en = {
  // ── Shell ──
  'app.name': 'Six pillars toolkit',
  'app.documentTitle': '{page} – {site}',
  'app.skip': 'Skip to main content',
  'app.language': 'Language',
  'app.menu': 'Menu',
  'app.nav': 'Main',
  'app.loading': 'Loading…',
  'app.localeFailed':
    '{language} could not be loaded: the site needs a connection the first time it shows a language. Reload the page once online, then choose it again.',
  'app.translation.ai-model':
    'Translated from English by an AI language model; not yet reviewed by a native speaker.',
  'app.translation.translator':
    'Translated from English by a translator; not yet reviewed by a native speaker.',
  'app.translation.reviewed': 'Translated from English and reviewed by a native speaker.',
  'app.translation.correct': 'Suggest a correction',
  'app.script.traditional':
    'Traditional Chinese is not available yet: the site is shown in Simplified Chinese.',
  'app.loadError.title': 'This page could not be loaded',
  'app.loadError.body':
    'A file of the site is missing or damaged. Reload the page; if it happens again, download the site again.',
  'app.shortName': 'Six pillars',
  'app.description':
    'Self-assess the digital transformation of education with the six-pillar framework, see the results, plan and run a workshop. Everything stays in your browser.',
  'app.offlineReady': 'This site is now kept in your browser: it works without a connection.',
  'app.update.available': 'A new version of this site is available.',
  'app.update.reload': 'Reload to update',
  'app.update.dismiss': 'Not now',
  'app.footer.privacy':
    'Everything you enter stays in this browser: nothing is sent to a server. Export a file to keep a copy or to move to another computer.',
  'app.footer.framework':
    'Based on “Six pillars for the digital transformation of education: a common framework” (UNESCO, UNICEF, ITU, GPE and partners of the Digital Transformation Collaborative, 2024). Questions and levels are this toolkit’s proposal.',

  'nav.home': 'Home',
  'nav.assess': 'Assess',
  'nav.results': 'Results',
  'nav.plan': 'Plan',
  'nav.history': 'History',
  'nav.workshop': 'Workshop',
  'nav.learn': 'Learn',
  'nav.resources': 'Resources',
  'nav.feedback': 'Feedback',

  // ── Shared words ──
  'common.untitled': 'Untitled assessment',
  'common.storageFull':
    'This browser’s storage for the site is full, so your latest changes are kept only while this page is open. Export your assessments to a file to keep them, then delete old ones in History to make room.',
  'common.storageUnavailable':
    'This browser does not let the site store data (a setting or a private mode may block it). You can still work, but your assessments are kept only while this page is open: export them to a file before leaving.',
  'common.storageExport': 'Export my assessments',
  'storage.setAside.title':
    '{count, plural, one {One stored record could not be used here. Nothing was deleted: it is kept in this browser.} other {# stored records could not be used here. Nothing was deleted: they are kept in this browser.}}',
  'storage.setAside.more': '{count, plural, one {And one more.} other {And # more.}}',
  'storage.setAside.download': 'Download the data set aside',
  'storage.setAside.dismiss': 'Hide this message',
  'storage.setAside.assessment': 'The assessment “{name}”: {reason}',
  'storage.setAside.answers':
    'Answers of “{name}” to {questions}: {reason} The other answers are restored.',
  'storage.setAside.plan': 'The action plan of “{name}”: {reason}',
  'storage.setAside.questionFeedback': 'The feedback on the questions of “{name}”: {reason}',
  'storage.setAside.feedback': 'The rating of “{name}”: {reason}',
  'storage.setAside.details':
    'Details of “{name}” (where it came from, where you left off): {reason}',
  'storage.setAside.workshop': 'The workshop’s list of participants: {reason}',
  'storage.setAside.participant': 'The workshop participant “{name}”: {reason}',
  'storage.setAside.team': 'The country team “{name}”: {reason}',
  'storage.reason.unreadable': 'the stored data is cut short or damaged.',
  'storage.reason.invalid': 'the stored data is not in the form this site expects.',
  'storage.reason.newer':
    'the stored data was made by a newer version of this site, which this version cannot read.',
  'storage.readOnly':
    '“{name}” was made by a newer version of this site: it is open read-only, and changes to it are not saved.',
  'assess.readOnly':
    'This assessment was made by a newer version of this site, so it cannot be changed here. You can still see its results.',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.remove': 'Remove',
  'common.copy': 'Copy',
  'common.copied': 'Copied to the clipboard.',
  'common.copyFailed': 'Copying is not allowed here: select the text and copy it yourself.',
  'common.saved': 'Saved.',
  'common.optional': '(optional)',
  'common.notScored': 'not scored',
  'common.score': '{score, number, integer}/100',
  'common.answered': '{answered, number, integer} of {total, number, integer} questions answered',
  'common.updated': 'Updated {date}',
  'common.created': 'Started {date}',
  'common.current': 'Current',
  'common.completed': 'Completed',
  'common.inProgress': 'In progress',
  'common.imported': 'Imported',
  'common.noAssessment.title': 'No assessment yet',
  'common.noAssessment.body': 'Start the self-assessment, or import a file in History.',
  'common.noAssessment.start': 'Start the self-assessment',
  'common.country': 'Country',
  'common.country.none': 'Not specified',
  'common.role': 'Role',
  'common.technicalDetails': 'Technical details',
  'common.inParentheses': '({text})',
  'common.partSeparator': ' – ',

  'role.ministry-education': 'Ministry of education',
  'role.ministry-ict': 'Ministry of ICT',
  'role.ministry-finance': 'Ministry of finance',
  'role.regional-office': 'Regional or district office',
  'role.school': 'School',
  'role.teacher-training': 'Teacher training institution',
  'role.partner': 'Partner organisation',
  'role.other': 'Other',
  'role.unknown': 'Role not given',

  // ── Home ──
  'home.title': 'Home',
  'home.lead':
    'This toolkit helps an education ministry and its partners see where the country stands on each of the six pillars, agree on priorities and turn them into an action plan. It runs entirely in your browser.',
  'home.start': 'Start the self-assessment',
  'home.continue': 'Continue your assessment',
  'home.workshop': 'Run a workshop',
  'home.vision.title': 'The vision',
  'home.vision.priorities': 'Priorities',
  'home.vision.principles': 'Principles',
  'home.pillars.title': 'The six pillars and their components',
  'home.pillars.intro':
    'Each pillar is assessed through its components. The pillars depend on each other: progress on one rarely lasts without the others.',
  'home.pillars.foundational': 'Cross-cutting: the backbone of any digital transformation strategy',
  'home.pillars.proposed': 'Components proposed by this toolkit:',
  'home.pillars.published': 'Components named in published material:',
  'home.pillars.assess': 'Assess this pillar',
  'home.how.title': 'How the assessment works',
  'home.how.1':
    'For each question, choose the description closest to your country’s situation today. You may answer “not applicable” or “don’t know” where the question allows it, and add a comment or a link to evidence.',
  'home.how.2':
    'Answer the whole questionnaire, or one pillar at a time as in the workshop. Your answers are saved in this browser as you go; come back later and carry on.',
  'home.how.3':
    'See a score from 0 to 100 and a level for every component, pillar and overall, with coverage (how much was answered) and balance (how even the pillars are), and the components that most need attention.',
  'home.how.4':
    'Choose three priorities and build an action plan with short-, medium- and long-term actions, each linked to an education outcome.',
  'home.how.5':
    'After a deep dive, save a revision, revise your answers and compare before and after. A facilitator can bring several participants’ files together in the Workshop page.',
  'home.levels.title': 'The maturity levels',
  'home.levels.sequence': '{levels}.',
  'home.levels.item': '{value, number, integer}. {label}',
  'home.item.summary': ' – {summary}',
  'home.facts.title': 'Why connectivity matters',
  'home.facts.primary': 'of primary schools were connected to the internet',
  'home.facts.lowerSecondary': 'of lower-secondary schools',
  'home.facts.upperSecondary': 'of upper-secondary schools',
  'home.facts.source': 'Source: UNESCO, Global Education Monitoring Report 2023.',
  'home.about.title': 'Where this comes from',
  'home.about.languages':
    'The site, the framework and its course are in the six official languages of the United Nations: {languages}. They were written in English.',
  'home.about.correct':
    'If a word or a sentence reads wrongly in your language, tell us on the Feedback page.',
  'home.privacy.title': 'Your data stays with you',
  'home.privacy.body':
    'There is no account and no server: answers, plans and feedback are kept in this browser only. Use History to export a file (*.dtc.json), to import one, or to create a share link that carries your answers inside the link itself.',

  // ── Assess ──
  'assess.title': 'Self-assessment',
  'assess.lead':
    'Choose for each question the description that best matches the situation today. Answers are saved as you go.',
  'assess.start.title': 'About this assessment',
  'assess.start.intro':
    'A few details to tell this assessment apart from others and to group answers in a workshop. Only the role is required.',
  'assess.field.label': 'Name of this assessment',
  'assess.field.label.hint': 'For example: “Senegal – Ministry of Education – March 2026”.',
  'assess.field.role': 'Your role',
  'assess.field.roleDetail': 'Describe your role',
  'assess.field.organisation': 'Organisation',
  'assess.field.country': 'Country',
  'assess.field.country.none': 'Choose a country',
  'assess.error.role': 'Choose your role.',
  'assess.error.roleDetail': 'Describe your role.',
  'assess.start.submit': 'Start the assessment',
  'assess.details.edit': 'Edit the details',
  'assess.details.save': 'Save the details',
  'assess.details.saved': 'Details saved.',
  'assess.new': 'Start a new assessment',
  'assess.sections.label': 'What to answer',
  'assess.sections.all': 'All six pillars',
  'assess.sections.workshop':
    'In the workshop: coordination and leadership first, then connectivity and infrastructure, then data and evidence.',
  'assess.complete.title': 'Assessment complete',
  'assess.complete.body': 'Your answers are saved, with a revision to compare with later.',
  'assess.complete.results': 'See the results',
  'assess.section.complete': 'Section complete: {pillar}.',
  'assess.section.next': 'Next in the workshop order: {pillar}',
  'assess.revision.title': 'Keep this round of answers',
  'assess.revision.intro':
    'Before a deep dive or a later review, save a revision: your answers as they are now. Then revise freely and compare both in History.',
  'assess.revision.note': 'Note for this revision',
  'assess.revision.default': 'Before deep dive',
  'assess.revision.save': 'Save a revision',
  'assess.revision.saved': 'Revision “{note}” saved.',
  'assess.revision.completed': 'Completed',
  'assess.viewResults': 'See the results so far',

  // ── Results ──
  'results.title': 'Results',
  'results.lead':
    'Scores, levels, coverage and balance of “{label}”, and the components that most need attention.',
  'results.none': 'Answer at least one question to see results.',
  'results.actions': 'Use these results',
  'results.report': 'Printable report',
  'results.csv': 'Download scores (CSV)',
  'results.export': 'Export file (.dtc.json)',
  'results.share': 'Create a share link',
  'results.plan': 'Build the action plan',
  'results.share.label': 'Share link',
  'results.share.hint':
    'The link carries the answers inside it (after the # sign, which is never sent to a server). Anyone who opens it can see them.',
  'results.share.error': 'The share link could not be made in this browser.',
  'results.exported': 'File downloaded: {name}.',
  'results.migrated.title': 'Carried to version {to} of the framework',
  'results.migrated.body':
    'These answers were given with version {from}: {check, plural, =0 {no answer to check} one {# answer to check} other {# answers to check}} and {unanswered, plural, =0 {no question that needs a new answer} one {# question that needs a new answer} other {# questions that need a new answer}}. The questionnaire lists them.',
  'results.migrated.open': 'Open the questionnaire',
  'results.migrated.dismiss': 'Hide this message',

  // ── Report ──
  'report.title': 'Report',
  'report.lead':
    'A printable report of “{label}”. Use your browser’s print command to save it as PDF.',
  'report.back': 'Back to results',

  // ── Plan ──
  'plan.title': 'Action plan',
  'plan.lead':
    'Pick three priorities from your results, then set short-, medium- and long-term actions across the pillars, each linked to an education outcome.',
  'plan.priorities.title': '1. Choose three priorities',
  'plan.actions.title': '2. Build the plan',
  'plan.horizons':
    'Short term: within a year. Medium term: one to three years. Long term: more than three years.',
  'plan.report': 'Print the plan with the report',
  'plan.files.title': '3. Files for the ministry',
  'plan.files.lead':
    'A Word document to edit and file, and an Excel workbook whose totals are formulas. Both are made in this browser: nothing is sent anywhere.',
  'plan.files.word': 'Download Word',
  'plan.files.excel': 'Download Excel',
  'plan.files.print': 'Print',
  'plan.files.format.docx': 'Word',
  'plan.files.format.xlsx': 'Excel',
  'plan.files.making': 'Making the {format} file…',
  'plan.files.done': 'The {format} file was downloaded.',
  'plan.files.failed': 'The {format} file could not be made: {detail}',

  // ── History ──
  'history.title': 'History',
  'history.lead':
    'Every assessment kept in this browser, with its revisions. Open one to continue, compare any two versions, export or import files.',
  'history.new': 'New assessment',
  'history.import.title': 'Import a file',
  'history.import.label': 'Assessment file (.dtc.json or .json)',
  'history.import.button': 'Choose files…',
  'history.import.hint':
    'An import never replaces what is here: a different version of an assessment is kept as another entry.',
  'history.import.added':
    '{count, plural, one {One assessment imported.} other {# assessments imported.}}',
  'history.import.copies':
    '{count, plural, one {One assessment already existed in another version: it was kept as a separate entry.} other {# assessments already existed in another version: they were kept as separate entries.}}',
  'history.import.unchanged':
    '{count, plural, one {One assessment was already here, unchanged.} other {# assessments were already here, unchanged.}}',
  'history.exportAll': 'Export all (.dtc.json)',
  'history.empty': 'No assessment is stored in this browser yet.',
  'history.list.title': 'Stored assessments',
  'history.count': '{count, plural, one {# assessment} other {# assessments}}',
  'history.open': 'Continue',
  'history.results': 'Results',
  'history.rename': 'Rename',
  'history.renameLabel': 'New name',
  'history.export': 'Export',
  'history.share': 'Share link',
  'history.delete': 'Delete',
  'history.delete.confirm':
    'Delete “{label}” and its revisions from this browser? Export it first if you may need it.',
  'history.delete.done': '“{label}” deleted.',
  'history.revision.save': 'Save a revision',
  'history.revisions':
    '{count, plural, =0 {No revision saved} one {# revision} other {# revisions}}',
  'history.revision.item': '{note} – {date}',
  'history.restoredLabel': '{label} – {round}',
  'history.revision.restore': 'Restore as a new assessment',
  'history.revision.restored': 'Revision restored as a new assessment: “{label}”.',
  'history.revision.deleted': 'Revision deleted.',
  'history.revision.delete': 'Delete revision',
  'history.revision.untitled': 'Revision',
  'history.overall': 'Overall score: {score}',
  'history.origin.file': 'Imported from {name}',
  'history.origin.share': 'Opened from a share link',
  'compare.title': 'Compare two versions',
  'compare.lead':
    'Before and after a deep dive, or one year and the next: choose any two saved versions.',
  'compare.before': 'Before',
  'compare.after': 'After',
  'compare.current': '{label} (current answers)',
  'compare.revision': '{label} – {note} ({date})',
  'compare.needTwo': 'Save a revision or a second assessment to compare two versions.',
  'compare.same': 'Choose two different versions.',

  // ── Workshop ──
  'workshop.title': 'Workshop',
  'workshop.lead':
    'For facilitators: bring together the files or share codes of several participants and look at the group, for the gallery walk and the discussion of priorities.',
  'workshop.privacy':
    'Participants’ answers stay in this browser. Nothing is uploaded; clear the workshop when you are done.',
  'workshop.add.title': 'Add participants',
  'workshop.files.label': 'Participants’ files (.dtc.json)',
  'workshop.files.hint': 'Choose several files at once, or drop them here.',
  'workshop.files.button': 'Choose files…',
  'workshop.codes.label': 'Share codes or links',
  'workshop.codes.tooMany':
    '{count, plural, one {# code was pasted} other {# codes were pasted}}, but at most {max} can be added at once. Nothing was added: add them in smaller groups.',
  'workshop.codes.hint': 'One per line.',
  'workshop.codes.add': 'Add from codes',
  'workshop.added':
    '{count, plural, =0 {No participant added.} one {One participant added.} other {# participants added.}}',
  'workshop.updated':
    '{count, plural, one {One participant updated with newer answers.} other {# participants updated with newer answers.}}',
  'workshop.duplicate': '{name}: already in the workshop.',
  'workshop.problem': '{name}: {message}',
  'workshop.codeLine': 'line {line}',
  'workshop.fromMine': 'Add my current assessment',
  'workshop.participants.title': 'Participants',
  'workshop.participants.count':
    '{count, plural, =0 {No participant yet.} one {# participant} other {# participants}}',
  'workshop.participants.caption': 'Participants in this workshop',
  'workshop.col.participant': 'Participant',
  'workshop.col.answered': 'Answered',
  'workshop.col.overall': 'Overall',
  'workshop.col.actions': 'Actions',
  'workshop.clear': 'Clear the workshop',
  'workshop.clear.confirm': 'Remove every participant from this browser?',
  'workshop.cleared': 'Workshop cleared.',
  'workshop.feedback.title': 'Participants’ feedback',
  'workshop.feedback.none': 'No participant has given feedback yet.',
  'workshop.feedback.onQuestions':
    '{count, plural, =0 {No participant gave feedback on single questions.} one {One participant gave feedback on single questions.} other {# participants gave feedback on single questions.}}',
  'workshop.feedback.json': 'Download all feedback (JSON)',
  'workshop.feedback.csv': 'Download all feedback, question by question (CSV)',
  'workshop.feedback.mean':
    '{aspect}: {mean} out of 5 ({count, plural, one {# rating} other {# ratings}})',
  'workshop.csv': 'Download group scores (CSV)',
  'workshop.feedbackCsv': 'Download feedback (CSV)',

  // ── Learn ──
  'learn.title': 'Learn',
  'learn.lead':
    'A short course for each pillar: what it covers and why it matters, good practices and the sources they rest on, common pitfalls, country examples, and questions for your team’s deep dive.',
  'learn.loading': 'Loading the course…',
  'learn.loadError':
    'The course could not be loaded. Reload the page; the first time, the site needs a connection.',
  'learn.unavailable': 'The module of this pillar is not available yet.',
  'learn.back': 'All learning modules',
  'learn.module.title': 'Learning module: {pillar}',
  'learn.levelsFrom': 'The levels shown are those of your assessment “{label}”.',
  'learn.noResult': 'Answer the questionnaire to see the level of each component here.',
  'learn.notFound.title': 'No such learning module',
  'learn.notFound.body': 'There is no learning module for “{id}”.',
  'learn.results.title': 'Learn about the components at a low level',
  'learn.results.lead':
    'Each link opens the learning module of the component’s pillar at that component.',
  'learn.plan.title': 'Learn about your priorities',
  'learn.plan.lead':
    'Each link opens the learning module of the priority’s pillar at that component.',
  'learn.inModule': 'in the module {pillar}',

  // ── Deep dive ──
  'deepDive.round': 'Before the deep dive on {pillar}',
  'deepDive.kept':
    'Your answers are kept as “{round}”. Revise the answers of this pillar, then compare before and after.',
  'deepDive.title': 'Deep dive on {pillar}',
  'deepDive.body':
    'Your answers from before the deep dive are kept as “{round}”. Revise the answers of this pillar, then compare before and after.',
  'deepDive.compare': 'Compare before and after the deep dive',

  // ── Resources ──
  'resources.title': 'Financing digital education',
  'resources.lead':
    'Ways to pay for connectivity, devices, content and the people who make them work. Each is explained briefly, with the pillars and components it serves.',
  'resources.note':
    'These summaries are written for this toolkit, to prepare the discussion; they are not financial or legal advice.',
  'resources.toc': 'Financing models',
  'resources.what': 'What it is',
  'resources.use': 'When it helps',
  'resources.watch': 'Watch out for',
  'resources.serves': 'Serves',
  'resources.assess': 'Assess the related pillar:',
  'resources.serves.components': ': {components}',

  'resource.universal-service-funds.title': 'Universal service funds',
  'resource.universal-service-funds.what':
    'Telecom operators pay a small share of their revenue into a fund meant to extend service to places the market does not reach. Many countries allow the fund to pay for school connections.',
  'resource.universal-service-funds.use':
    'When money is already collected but unspent, and rural schools are unconnected: the fund can pay for the first connections and part of the running costs.',
  'resource.universal-service-funds.watch':
    'Funds that sit idle for years, rules that only pay for equipment and not for service, and contracts with no check that schools are really online.',
  'resource.e-rate-discounts.title': 'E-Rate-style discounts',
  'resource.e-rate-discounts.what':
    'Schools and libraries buy connectivity at a discount that is larger for poorer and rural schools; the fund pays the difference to the provider.',
  'resource.e-rate-discounts.use':
    'When schools can manage their own contracts and the priority is to keep connections running year after year, not only to install them.',
  'resource.e-rate-discounts.watch':
    'Paperwork that small schools cannot handle, and discounts that favour schools already well served.',
  'resource.public-private-partnerships.title': 'Public-private partnerships',
  'resource.public-private-partnerships.what':
    'A long contract in which a company builds or runs part of the service (a network, a device programme, a platform) and the government pays over time or shares risks and revenues.',
  'resource.public-private-partnerships.use':
    'For large investments that need private skills and capital, with clear service levels the government can measure.',
  'resource.public-private-partnerships.watch':
    'Hidden long-term costs, lock-in to one supplier, weak public capacity to manage the contract, and data that ends up owned by the partner.',
  'resource.blended-finance.title': 'Blended finance',
  'resource.blended-finance.what':
    'Grants or concessional money from donors and development banks are combined with commercial or public funds, to make an investment possible or to lower its risk for the others.',
  'resource.blended-finance.use':
    'When a project is close to viable (for example, connecting a region where operators would earn something but not enough) and a first loss or guarantee tips the balance.',
  'resource.blended-finance.watch':
    'Complex deals that take years to close, and subsidies that end before the service can pay for itself.',
  'resource.outcome-based-finance.title': 'Outcome-based finance and outcome bonds',
  'resource.outcome-based-finance.what':
    'Money is paid when agreed results are reached (schools online and used, learning gains), not when activities are done. In an outcome bond, investors pay first and are repaid if the results come.',
  'resource.outcome-based-finance.use':
    'When results can be measured reliably and independently, and providers have room to find the best way to reach them.',
  'resource.outcome-based-finance.watch':
    'Results that are easy to count rather than those that matter, high costs of measurement, and data systems too weak to verify anything.',
  'resource.pooled-procurement.title': 'Pooled procurement',
  'resource.pooled-procurement.what':
    'Many schools, districts or even countries buy together: one tender for connectivity or devices, with the negotiating power of a large buyer. Giga reports connectivity costs up to 60% lower through aggregated demand.',
  'resource.pooled-procurement.use':
    'When many small buyers pay high prices for the same service, and a central body can run a transparent tender.',
  'resource.pooled-procurement.watch':
    'Tenders that only large firms can win, one-size-fits-all offers that do not suit remote schools, and slow central delivery.',
  'resource.zero-rating.title': 'Zero-rating of educational content',
  'resource.zero-rating.what':
    'Mobile operators agree not to count traffic to approved education sites and platforms against users’ data allowance, so learners can use them without buying data.',
  'resource.zero-rating.use':
    'When many learners have a phone but cannot afford data, especially during school closures.',
  'resource.zero-rating.watch':
    'Lists of sites that are hard to keep up to date, fairness between platforms, and net-neutrality rules in some countries.',
  'resource.corporate-social-responsibility.title': 'Corporate social responsibility',
  'resource.corporate-social-responsibility.what':
    'Companies give devices, connectivity, training or funds as part of their social commitments, often through a foundation.',
  'resource.corporate-social-responsibility.use':
    'To start pilots or fill specific gaps, when the contribution fits the national plan and its standards.',
  'resource.corporate-social-responsibility.watch':
    'Donations that do not fit, have no maintenance or budget after the gift, or push a brand; one-off help cannot finance a system.',
  'resource.total-cost-of-ownership.title': 'Total cost of ownership',
  'resource.total-cost-of-ownership.what':
    'Not a source of money but a way to count it: the full cost of a technology over its life (purchase, electricity, connectivity, software, training, support, repairs, replacement and disposal), not just its price.',
  'resource.total-cost-of-ownership.use':
    'Before every major purchase, to compare options fairly and to budget the recurring costs that usually come to several times the purchase price.',
  'resource.total-cost-of-ownership.watch':
    'Budgets that buy devices but nothing to run them, and life spans that are assumed rather than checked.',
  'resource.open-source-open-content.title': 'Open-source software and open educational resources',
  'resource.open-source-open-content.what':
    'Software and learning materials under open licences can be used, adapted and shared without licence fees per user.',
  'resource.open-source-open-content.use':
    'To lower recurring licence costs, adapt content to local languages and curricula, and avoid dependence on one vendor.',
  'resource.open-source-open-content.watch':
    'Open does not mean free to run: hosting, support, updates and curation still need people and budget.',
  'resource.device-leasing.title': 'Leasing and device-as-a-service',
  'resource.device-leasing.what':
    'Devices are rented for a fixed period with maintenance, insurance and replacement included, for a regular fee instead of a large purchase.',
  'resource.device-leasing.use':
    'When capital budgets are tight but recurring budgets are reliable, and when support in schools is weak.',
  'resource.device-leasing.watch':
    'A higher total cost over time, and what happens to devices and data at the end of the contract.',
  'resource.multi-year-budgeting.title': 'Multi-year budget lines',
  'resource.multi-year-budgeting.what':
    'Digital education gets its own lines in the education budget and the sector plan, planned over several years and covering running costs, not only investments.',
  'resource.multi-year-budgeting.use':
    'Always: it is what keeps everything else going once pilots and donor projects end.',
  'resource.multi-year-budgeting.watch':
    'Lines that are cut first in a difficult year, and recurring costs left out of the plan.',

  // ── Feedback ──
  'feedback.title': 'Feedback',
  'feedback.lead':
    'Tell the organisers what you thought of the questions, the way the assessment was run and its usefulness. Your feedback is saved with your assessment and included when you export it.',
  'feedback.for': 'Feedback on “{label}”.',
  'feedback.questions': 'The questions',
  'feedback.questions.hint':
    'Were they clear, relevant to your country, and at the right level of detail?',
  'feedback.methods': 'The method',
  'feedback.methods.hint':
    'How the assessment was run: one pillar at a time, the levels, the gallery walk, the deep dives.',
  'feedback.usefulness': 'Usefulness',
  'feedback.usefulness.hint': 'How useful the results and the plan are for your work.',
  'feedback.scale.1': '1 – Poor',
  'feedback.scale.2': '2 – Fair',
  'feedback.scale.3': '3 – Good',
  'feedback.scale.4': '4 – Very good',
  'feedback.scale.5': '5 – Excellent',
  'feedback.comment': 'Comments and suggestions',
  'feedback.save': 'Save feedback',
  'feedback.saved': 'Thank you: your feedback is saved with your assessment.',
  'feedback.csv': 'Download feedback (CSV)',
  'feedback.export': 'Export the assessment with its feedback',
  'feedback.lastSaved': 'Last saved {date}.',
  'feedback.onQuestions.title': 'Feedback on single questions',
  'feedback.onQuestions.count':
    '{count, plural, =0 {None yet: while you answer, open “Feedback on this question” under any question to say that it is unclear, not relevant or missing something.} one {You gave feedback on one question:} other {You gave feedback on # questions:}}',
  'feedback.downloads.title': 'For the organisers',
  'feedback.downloads.intro':
    'Download all your feedback, on the questions and in this form, as a file to give to the organisers. The file is made in your browser: nothing is sent.',
  'feedback.json': 'Download feedback (JSON)',

  // ── Share ──
  'share.title': 'Shared assessment',
  'share.lead':
    'Someone shared an assessment with you. The answers travel inside the link; nothing was downloaded from a server.',
  'share.reading': 'Reading the link…',
  'share.summary':
    '{role}, {answered, number, integer} of {total, number, integer} questions answered.',
  'share.save': 'Save to my assessments',
  'share.workshop': 'Add to the workshop',
  'share.saved': 'Saved as “{label}”.',
  'share.alreadyWorkshop': 'These answers are already in the workshop: nothing was added.',
  'share.addedWorkshop': 'Added to the workshop.',
  'share.openResults': 'Open its results',
  'share.openWorkshop': 'Open the workshop',
  'share.error.empty':
    'This link carries no assessment. Ask for the whole link, including the part after the # sign.',
  'share.error.not-a-code': 'This is not a share code of this toolkit.',
  'share.error.damaged':
    'This share code is damaged or incomplete: it may have been cut when it was copied.',
  'share.error.too-large':
    'This link carries more than {size} of answers, more than any assessment holds, so it was not opened.',
  'share.tooLarge':
    'This assessment is too large to share as a link (more than {size}). Export it as a file instead.',

  // ── Import errors ──
  'import.otherVersion':
    '{count, plural, one {One of them was made} other {# of them were made}} with version {versions} of the framework; this site scores {count, plural, one {it} other {them}} with version {version}, so answers to questions that changed may be missing.',
  'import.carried':
    '{count, plural, one {One of them was made} other {# of them were made}} with version {versions} of the framework and carried to version {version}: answers to questions that changed need a check or a new answer, as the questionnaire lists.',
  'import.error.title': 'This file could not be imported',
  'import.error.empty': 'The file is empty, or holds no assessment.',
  'import.error.too-large': 'The file is too large to be an assessment file (more than {size}).',
  'import.error.invalid-json':
    'The file is not readable JSON: it may be damaged, cut short, or not an assessment file.',
  'import.error.not-dtc':
    'This is not an assessment file of this toolkit (*.dtc.json, or a response file).',
  'import.error.unsupported-version':
    'The file is in a format version this site cannot read (made by another version of the toolkit).',
  'import.error.earlier-unavailable':
    'The file holds answers to an earlier version of the framework, and the part of this site that reads them could not be loaded. Connect to the internet and try again.',
  'import.error.framework-mismatch':
    'The file holds answers to a different framework, which this site does not have.',
  'import.error.invalid':
    '{count, plural, one {The file has one problem:} other {The file has # problems:}}',
  'import.error.more': '{count, plural, one {and one more problem} other {and # more problems}}',

  'import.error.titleFor': 'This file could not be imported: {name}',
  'import.progress.start': '{count, plural, one {Reading one file…} other {Reading # files…}}',
  'import.progress.label': 'Files read: {done} of {total}',
  'import.cancel': 'Cancel import',
  'import.cancelled':
    'Import cancelled: nothing was added, and what was stored before is unchanged.',
  'import.tooManyFiles':
    '{count, plural, one {# file was chosen} other {# files were chosen}}, but at most {max} can be imported at once. Nothing was imported: import them in smaller groups.',

  // ── Country teams ──
  'team.list.title': 'Country teams',
  'team.list.lead':
    'A country team builds one plan from its members’ answers: pick the members, see the team’s result, choose priorities together and write the plan. Everything stays in this browser.',
  'team.list.none': 'No country team yet.',
  'team.new.title': 'Start a country team',
  'team.new.submit': 'Create the team',
  'team.field.name': 'Team name',
  'team.field.name.error': 'Give the team a name.',
  'team.field.country': 'Country',
  'team.toGallery': 'Go to the gallery walk',
  'team.toWorkshop': 'Back to the workshop',
  'team.back': 'All country teams',
  'team.title': 'Country team: {name}',
  'team.lead':
    'Pick the team’s members, look at the team’s result, choose three priorities together and write one plan. Merge the plan written on another laptop below.',
  'team.details.title': 'The team',
  'team.members.title': 'Members',
  'team.members.legend': 'Workshop participants in this team',
  'team.members.none': 'The workshop has no participant yet: import the members’ answers files.',
  'team.members.import': 'Import members’ answers (.dtc.json)',
  'team.members.importHint': 'They join the workshop and this team.',
  'team.members.imported':
    '{count, plural, =0 {No member added.} one {One member added.} other {# members added.}}',
  'team.members.count':
    '{count, plural, =0 {No member yet.} one {# member in the team.} other {# members in the team.}}',
  'team.result.title': 'The team’s result',
  'team.priorities.title': 'Priorities chosen together',
  'team.priorities.hint':
    'Ranked from the first member’s answers; the team chooses three, whatever their rank.',
  'team.priorities.noMembers': 'Add members to the team to choose its priorities.',
  'team.plan.title': 'The team’s plan',
  'team.export.title': 'Keep the plan',
  'team.export.json': 'Download the team’s plan (JSON)',
  'team.export.word': 'Download the team’s plan (Word)',
  'team.export.excel': 'Download the team’s plan (Excel)',
  'team.exported': 'The plan was downloaded.',
  'team.delete': 'Delete this team',
  'team.merge.title': 'Merge a plan from another laptop',
  'team.merge.lead':
    'Every action of both plans is kept. Where the two plans differ on the same thing, both versions are shown side by side: choose one for each, then apply.',
  'team.merge.file': 'The other laptop’s plan (JSON)',
  'team.merge.fileHint':
    'A plan of the same country, downloaded from this page or from the Plan page.',
  'team.merge.button': 'Choose a plan…',
  'team.merge.ready':
    '{added, plural, =0 {No new action.} one {One new action.} other {# new actions.}} {conflicts, plural, =0 {No conflict.} one {One conflict to decide.} other {# conflicts to decide.}}',
  'team.merge.summary':
    'Merged: {added, plural, =0 {no new action} one {one new action} other {# new actions}}, {conflicts, plural, =0 {no conflict} one {one conflict to decide} other {# conflicts to decide}}.',
  'team.merge.actionField': 'Action “{action}”: {field}',
  'team.merge.planField': 'Plan: {field}',
  'team.merge.planFieldOf': 'Plan: {field} ({key})',
  'team.merge.mine': 'This laptop',
  'team.merge.theirs': 'The other laptop',
  'team.merge.empty': '(empty)',
  'team.merge.apply': 'Apply the merge',
  'team.merge.cancel': 'Cancel the merge',
  'team.merge.applied': 'The merged plan was saved.',
  'team.merge.missing':
    '{count, plural, one {One conflict is not decided yet: choose a version.} other {# conflicts are not decided yet: choose a version for each.}}',
  'team.merge.cannotApply': 'The merged plan does not hold together: choose other versions',
  'team.merge.refused': 'This plan cannot be merged',
  'team.merge.differentCountry': 'It is a plan of {theirs}; this team’s plan is of {mine}.',
  'team.merge.differentFramework': 'It was written for another framework.',
  'team.field.title': 'title',
  'team.field.priority': 'priority',
  'team.field.pillar': 'pillar',
  'team.field.horizon': 'horizon',
  'team.field.owner': 'owner',
  'team.field.targetLevel': 'target level',
  'team.field.outcome': 'education outcome',
  'team.field.notes': 'notes',
  'team.field.status': 'status',
  'team.field.lead': 'lead institution',
  'team.field.partners': 'partners',
  'team.field.cost': 'cost',
  'team.field.funding': 'funding',
  'team.field.indicators': 'indicators',
  'team.field.milestones': 'milestones',
  'team.field.dependsOn': 'depends on',
  'team.field.alignment': 'alignment',
  'team.field.risks': 'risks',
  'team.field.period': 'period',
  'team.field.currency': 'currency',
  'team.field.priorities': 'priorities',
  'team.field.framework': 'framework version',
  'team.field.pillarPriorities': 'pillar priority',
  'team.field.team': 'team member',

  'team.value.cost': '{amount}, {kind}, {years}{budgeted, select, yes {, budgeted} other {}}',
  'team.value.kind.capital': 'capital',
  'team.value.kind.recurrent': 'recurrent',
  'team.value.share': '{share, number, integer} % of the cost',
  'team.value.funding': '{source}: {amount} ({status})',
  'team.value.status.secured': 'secured',
  'team.value.status.requested': 'requested',
  'team.value.status.gap': 'gap',
  'team.value.role.funding': 'funding',
  'team.value.role.delivery': 'delivery',
  'team.value.role.technical': 'technical',
  'team.value.action.planned': 'planned',
  'team.value.action.in-progress': 'in progress',
  'team.value.action.done': 'done',
  'team.value.action.dropped': 'dropped',
  'team.value.indicator': '{name}: {value} {unit} by {year}',
  'team.value.quarter': 'Q{quarter} {year}',
  'team.value.milestone': '{what} ({when})',
  'team.value.partner': '{name} ({role})',
  'team.value.member': '{name} ({role})',

  // ── Gallery walk ──
  'gallery.title': 'Gallery walk',
  'gallery.lead':
    'One poster per country team, to print on A3 or show to the room, then every plan side by side by pillar.',
  'gallery.none': 'No country team yet.',
  'gallery.toTeams': 'Start a country team',
  'gallery.slideshow': 'Show as a slideshow',
  'gallery.print': 'Print the posters (A3)',
  'gallery.teamOf': '{name} ({country})',
  'gallery.radar': 'Pillar scores of {name}',
  'gallery.priorities': 'Three priorities',
  'gallery.noPriorities': 'No priority chosen yet.',
  'gallery.actions': 'Headline actions',
  'gallery.noActions': 'No action yet.',
  'gallery.horizon.short': 'short term',
  'gallery.horizon.medium': 'medium term',
  'gallery.horizon.long': 'long term',
  'gallery.total': 'Total cost:',
  'gallery.noCost': 'not costed yet',
  'gallery.gap': 'Funding gap:',
  'gallery.slide': 'Poster {index, number, integer} of {count, number, integer}',
  'gallery.previous': 'Previous',
  'gallery.next': 'Next',
  'gallery.close': 'Close the slideshow',
  'gallery.keys': 'Arrow keys: previous and next poster. Escape: close.',
  'gallery.table.title': 'Plans side by side',
  'gallery.table.lead': 'Each pillar with every team’s actions, and where funding is still needed.',
  'gallery.table.caption': 'Actions of every country team, by pillar',
  'gallery.table.pillar': 'Pillar',
  'gallery.table.all': 'All teams',
  'gallery.table.noGap': 'No funding gap',
  'gallery.table.none': 'No action',
  'gallery.table.gap': 'Funding gap: {amount}',

  // ── Workshop rooms ──
  'workshop.rooms.title': 'Work live in a room',
  'workshop.rooms.lead':
    'With a room server on the venue’s network, participants answer on their own laptops, teams write their plan together, and everything reaches the facilitator as they work, even when the network drops for a while.',
  'workshop.rooms.open': 'Open a room (facilitator)',
  'workshop.rooms.join': 'Join a room (participant)',
  // The room pages' titles (the shell shows them); their other words are in room/en.ts.
  'room.title': 'Workshop room',
  'join.title': 'Join a room',

  // ── Not found ──
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the home page',
};
