/**
 * The words of the workshop room pages (the facilitator's `room`, the participant's `join`),
 * in English: the contract every other locale satisfies (`fr.ts` is typed
 * `Record<keyof typeof en, string>`). They load with those pages only (see ../index.ts); the
 * pages' titles, which the site's shell shows, stay in the main catalog (../en.ts).
 */
export const en = {
  // ── Facilitator’s page ──
  'room.checking': 'Looking for the room server…',
  'room.noServer':
    'No room server answers at this address, so rooms are not available here. Everything else on this site works as usual.',
  'room.noServer.how':
    'To run a workshop in a room, the facilitator starts the room server on their laptop with this command, then everyone opens the address it prints:',
  'room.toWorkshop': 'Back to the workshop',
  'room.open.lead':
    'Open a room for your workshop: participants join it with a code or a QR code, and their answers, their teams’ plans and their feedback reach you as they work.',
  'room.open.title': 'Open a room',
  'room.open.name': 'Title of the workshop',
  'room.open.title.error': 'Give the workshop a title.',
  'room.open.teams': 'Teams',
  'room.open.teams.hint': 'One team name per line, for example one per country.',
  'room.open.teams.error': 'Name at least one team.',
  'room.open.key': 'Key to open rooms on this server',
  'room.open.key.hint': 'Whoever runs the room server gives it to facilitators.',
  'room.open.framework': 'The room uses this site’s framework, in {language}.',
  'room.open.submit': 'Open the room',
  'room.opened': 'The room “{title}” is open.',
  'room.lead':
    'Participants join with the code below. Their answers, their teams’ plans and their feedback show here as they work.',
  'room.code.title': 'How participants join',
  'room.code.lead': 'Room code:',
  'room.code.expires': 'This code works until {date}.',
  'room.code.link': 'Or they open this link, or scan the QR code:',
  'room.code.copy': 'Copy the join link',
  'room.code.new': 'New code',
  'room.code.renewed': 'New room code: {code}. The previous code no longer works.',
  'room.code.localOnly':
    'This page is open at an address only this computer reaches, so the link and the QR code work on no other device. Open the page at the network address the room server printed when it started.',
  'room.code.unknown': 'The room code shows when the room server answers.',
  'room.qr.caption': 'QR code of the join link for room code {code}',
  'room.admin.title': 'Your admin link',
  'room.admin.warning':
    'Keep this link private: whoever has it can see every answer in the room, export it, close it and delete it. Use it to open the room from another device.',
  'room.admin.link': 'Admin link',
  'room.admin.copy': 'Copy the admin link',
  'room.roster.title': 'Participants',
  'room.roster.count':
    '{count, plural, =0 {Nobody has joined yet.} one {# participant has joined.} other {# participants have joined.}}',
  'room.roster.none': 'Share the code: participants appear here as they join.',
  'room.roster.caption': 'Participants in this room',
  'room.roster.name': 'Name',
  'room.roster.team': 'Team',
  'room.roster.answered': 'Answered',
  'room.roster.feedback': 'Feedback',
  'room.roster.progress': '{answered, number, integer} of {total, number, integer}',
  'room.roster.feedback.yes': 'Given',
  'room.roster.feedback.no': 'Not yet',
  'room.group.title': 'Group view',
  'room.share.group': 'Share the group view with participants',
  'room.share.group.state.on': 'Participants see the group view now, without names.',
  'room.share.group.state.off': 'Only you see the group view.',
  'room.share.group.on': 'The group view is shared with participants.',
  'room.share.group.off': 'The group view is no longer shared.',
  'room.plans.title': 'Teams’ plans',
  'room.share.plans': 'Share the plans with participants (gallery walk)',
  'room.share.plans.state.on': 'Participants see every team’s plan now.',
  'room.share.plans.state.off': 'Each team sees only its own plan.',
  'room.share.plans.on': 'Every team’s plan is shared with participants.',
  'room.share.plans.off': 'The plans are no longer shared.',
  'room.plan.actions': 'Actions',
  'room.plan.untitled': 'Action without a title yet',
  'room.plan.actionMeta': '{pillar} · {horizon}',
  'room.manage.title': 'The room',
  'room.export.lead':
    'Export the room: one file with every response, plan and feedback, which this site’s Workshop and History pages import.',
  'room.export': 'Export the room',
  'room.export.label': '{name} ({team})',
  'room.export.done':
    '{count, plural, one {The file holds # participant.} other {The file holds # participants.}}',
  'room.export.unfinished':
    '{count, plural, one {The plan of {team} has # action without a title or an outcome: it is not in the file.} other {The plan of {team} has # actions without a title or an outcome: they are not in the file.}}',
  'room.close.lead':
    'Closing the room stops participants from changing anything; you can still see, export and delete it.',
  'room.close': 'Close the room',
  'room.closed': 'The room is closed: participants can no longer change their answers.',
  'room.forget': 'Leave the room on this device',
  'room.delete.lead':
    'Deleting the room removes it and everything in it from the server, for good. Export it first if you need it.',
  'room.delete': 'Delete the room',
  'room.delete.confirm':
    'Delete this room and every answer, plan and feedback in it? This cannot be undone.',
  'room.delete.yes': 'Delete the room for good',
  'room.deleted': 'The room was deleted from the server and from this device.',
  'room.gone': 'This room no longer exists on the server: it was deleted.',
  'room.gone.forget': 'Open another room',
  'room.status.connecting': 'Connecting to the room…',
  'room.status.online': 'Online: everything is saved in the room.',
  'room.status.waiting':
    '{count, plural, one {Online: # change is being sent.} other {Online: # changes are being sent.}}',
  'room.status.offline':
    'Offline: your answers are kept on this device and will be sent when the network returns.',
  'room.status.offlineWaiting':
    '{count, plural, one {Offline: # change is waiting on this device and will be sent when the network returns.} other {Offline: # changes are waiting on this device and will be sent when the network returns.}}',
  'room.refusal.rate-limited':
    'The room server is receiving too much from this device: it will try again in a few seconds.',
  'room.refusal.message-too-large':
    'The room server refused a change because it is too large. Shorten the last text you typed.',
  'room.refusal.document-too-large':
    'The room server refused a change: this part of the room has reached its size limit. Tell the facilitator.',
  'room.refusal.invalid-update':
    'The room server refused a change it could not accept. Reload the page; tell the facilitator if this happens again.',
  'room.refusal.incomplete-update':
    'A change from this device reached the room server before an earlier one: the page is sending everything again.',
  'room.refusal.message-not-accepted': 'The room server does not accept this kind of message.',
  'room.refusal.room-closed':
    'The facilitator closed this room: your changes are no longer sent. What you answered is kept in the room.',
  'room.refusal.room-not-found':
    'This room no longer exists, or this device is no longer part of it.',
  'room.refusal.other': 'The room server refused the connection.',
  'room.error.bad-request': 'The room server could not read this request. Check what you typed.',
  'room.error.open-key-needed': 'Opening a room on this server needs its key: ask whoever runs it.',
  'room.error.too-many-rooms':
    'This server has as many rooms as it can hold. Ask whoever runs it to delete old rooms.',
  'room.error.rate-limited': 'Too many attempts from this network. Wait a minute, then try again.',
  'room.error.code-not-found': 'No room has this code. Check it with the facilitator.',
  'room.error.code-expired': 'This code has expired. Ask the facilitator for a new one.',
  'room.error.room-closed': 'This room is closed.',
  'room.error.room-full': 'This room is full. Tell the facilitator.',
  'room.error.unknown-team': 'Choose one of the room’s teams.',
  'room.error.room-not-found': 'This room no longer exists, or this link does not open it.',
  'room.error.unreachable': 'The room server does not answer. Check the network, then try again.',
  'room.error.other': 'Something went wrong with the room server. Try again.',

  // ── Participant’s page ──
  'join.lead': 'Type the room code the facilitator gives you, or open the link they share.',
  'join.code': 'Room code',
  'join.code.hint': 'Ten letters, such as ABCDE-FGHJK.',
  'join.code.error': 'Type the room code.',
  'join.find': 'Find the room',
  'join.found': 'Tell the room who you are and choose your team.',
  'join.name': 'Your name',
  'join.name.hint': 'The facilitator sees it; the group view shows answers without names.',
  'join.name.error': 'Type your name.',
  'join.team': 'Your team',
  'join.team.error': 'Choose your team.',
  'join.role.choose': 'Choose your role',
  'join.role.error': 'Choose your role.',
  'join.submit': 'Join the room',
  'join.otherCode': 'Use another code',
  'join.joined': 'You joined the room “{title}”.',
  'join.room.lead': 'You are {name}, in the team {team}.',
  'join.closed': 'The facilitator closed this room: you can read it but no longer change it.',
  'join.parts': 'Parts of the room',
  'join.answers.title': 'Your answers',
  'join.answers.lead':
    'Your self-assessment is saved in the room as you answer; the facilitator sees it live.',
  'join.plan.title': 'Plan of the team {team}',
  'join.plan.lead':
    'Everyone in your team writes this plan together: changes by others appear as they make them.',
  'join.feedback.title': 'Your feedback',
  'join.feedback.lead':
    'Tell the facilitator what you think of the questions, the method and the workshop.',
  'join.feedback.saved': 'Thank you: your feedback is saved in the room.',
  'join.shared.title': 'Shared by the facilitator',
  'join.shared.none':
    'Nothing is shared yet. The group view and the other teams’ plans appear here when the facilitator shares them.',
  'join.shared.group': 'Group view',
  'join.shared.plans': 'Every team’s plan (gallery walk)',
  'join.leave.title': 'Leave the room',
  'join.leave.lead':
    'Your answers stay in the room. On this device, the page will ask for a room code again.',
  'join.leave': 'Leave the room on this device',
  'join.left': 'You left the room on this device.',
};
