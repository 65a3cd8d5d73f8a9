/**
 * The demo site's Spanish messages. The type guarantees that no English key is missing.
 */
import type { en } from './en.js';

export const es: Record<keyof typeof en, string> = {
  // ── Shell ──
  'app.name': 'Kit de herramientas de los seis pilares',
  'app.documentTitle': '{page} – {site}',
  'app.skip': 'Ir al contenido principal',
  'app.language': 'Idioma',
  'app.menu': 'Menú',
  'app.nav': 'Principal',
  'app.loading': 'Cargando…',
  'app.localeFailed':
    'No se pudo cargar el idioma {language}: el sitio necesita conexión la primera vez que muestra un idioma. Vuelva a cargar la página cuando tenga conexión y elíjalo de nuevo.',
  'app.translation.ai-model':
    'Traducido del inglés por un modelo de lenguaje de IA; aún no lo ha revisado un hablante nativo.',
  'app.translation.translator':
    'Traducido del inglés por un traductor; aún no lo ha revisado un hablante nativo.',
  'app.translation.reviewed': 'Traducido del inglés y revisado por un hablante nativo.',
  'app.translation.correct': 'Sugerir una corrección',
  'app.script.traditional':
    'El chino tradicional aún no está disponible: el sitio se muestra en chino simplificado.',
  'app.loadError.title': 'No se pudo cargar esta página',
  'app.loadError.body':
    'Falta un archivo del sitio o está dañado. Vuelva a cargar la página; si vuelve a ocurrir, descargue de nuevo el sitio.',
  'app.shortName': 'Seis pilares',
  'app.description':
    'Autoevaluación de la transformación digital de la educación con el marco de los seis pilares: consulte los resultados, elabore un plan y organice un taller. Todo permanece en su navegador.',
  'app.offlineReady': 'Este sitio ya está guardado en su navegador: funciona sin conexión.',
  'app.update.available': 'Hay una nueva versión de este sitio.',
  'app.update.reload': 'Volver a cargar para actualizar',
  'app.update.dismiss': 'Ahora no',
  'app.footer.privacy':
    'Todo lo que usted ingresa permanece en este navegador: no se envía nada a ningún servidor. Exporte un archivo para conservar una copia o para pasar a otra computadora.',
  'app.footer.framework':
    'Basado en el marco común de los seis pilares para la transformación digital de la educación, “Six pillars for the digital transformation of education: a common framework” (UNESCO, UNICEF, UIT, la Alianza Mundial para la Educación y los socios del Digital Transformation Collaborative, 2024). Las preguntas y los niveles son una propuesta de este kit de herramientas.',

  'nav.home': 'Inicio',
  'nav.assess': 'Evaluar',
  'nav.results': 'Resultados',
  'nav.plan': 'Plan',
  'nav.history': 'Historial',
  'nav.workshop': 'Taller',
  'nav.learn': 'Aprender',
  'nav.resources': 'Recursos',
  'nav.feedback': 'Comentarios',

  // ── Shared words ──
  'common.untitled': 'Evaluación sin título',
  'common.storageFull':
    'El almacenamiento del navegador para este sitio está lleno, así que sus últimos cambios solo se conservan mientras esta página siga abierta. Exporte sus evaluaciones a un archivo para conservarlas y luego elimine las antiguas en Historial para liberar espacio.',
  'common.storageUnavailable':
    'Este navegador no permite que el sitio guarde datos (puede impedirlo un ajuste o un modo privado). Puede seguir trabajando, pero sus evaluaciones solo se conservan mientras esta página siga abierta: expórtelas a un archivo antes de salir.',
  'common.storageExport': 'Exportar mis evaluaciones',
  'storage.setAside.title':
    '{count, plural, one {Un registro guardado no se pudo usar aquí. No se eliminó nada: se conserva en este navegador.} many {# registros guardados no se pudieron usar aquí. No se eliminó nada: se conservan en este navegador.} other {# registros guardados no se pudieron usar aquí. No se eliminó nada: se conservan en este navegador.}}',
  'storage.setAside.more': '{count, plural, one {Y uno más.} many {Y # más.} other {Y # más.}}',
  'storage.setAside.download': 'Descargar los datos apartados',
  'storage.setAside.dismiss': 'Ocultar este mensaje',
  'storage.setAside.assessment': 'La evaluación “{name}”: {reason}',
  'storage.setAside.answers':
    'Respuestas de “{name}” a {questions}: {reason} Las demás respuestas se restauraron.',
  'storage.setAside.plan': 'El plan de acción de “{name}”: {reason}',
  'storage.setAside.questionFeedback': 'Los comentarios sobre las preguntas de “{name}”: {reason}',
  'storage.setAside.feedback': 'La valoración de “{name}”: {reason}',
  'storage.setAside.details': 'Detalles de “{name}” (de dónde vino, dónde lo dejó): {reason}',
  'storage.setAside.workshop': 'La lista de participantes del taller: {reason}',
  'storage.setAside.participant': 'El participante del taller “{name}”: {reason}',
  'storage.setAside.team': 'El equipo de país “{name}”: {reason}',
  'storage.reason.unreadable': 'los datos guardados están cortados o dañados.',
  'storage.reason.invalid': 'los datos guardados no tienen la forma que este sitio espera.',
  'storage.reason.newer':
    'los datos guardados provienen de una versión más reciente de este sitio, que esta versión no puede leer.',
  'storage.readOnly':
    '“{name}” proviene de una versión más reciente de este sitio: está abierta en modo de solo lectura y sus cambios no se guardan.',
  'assess.readOnly':
    'Esta evaluación proviene de una versión más reciente de este sitio, así que no se puede modificar aquí. Sus resultados se pueden seguir consultando.',
  'common.save': 'Guardar',
  'common.cancel': 'Cancelar',
  'common.delete': 'Eliminar',
  'common.remove': 'Quitar',
  'common.copy': 'Copiar',
  'common.copied': 'Copiado en el portapapeles.',
  'common.copyFailed': 'Aquí no se permite copiar: seleccione el texto y cópielo usted mismo.',
  'common.saved': 'Guardado.',
  'common.optional': '(opcional)',
  'common.notScored': 'sin puntuación',
  'common.score': '{score, number, integer}/100',
  'common.answered':
    '{answered, number, integer} de {total, number, integer} preguntas respondidas',
  'common.updated': 'Actualizada el {date}',
  'common.created': 'Iniciada el {date}',
  'common.current': 'Actual',
  'common.completed': 'Terminada',
  'common.inProgress': 'En curso',
  'common.imported': 'Importada',
  'common.noAssessment.title': 'Todavía no hay ninguna evaluación',
  'common.noAssessment.body': 'Inicie la autoevaluación o importe un archivo en Historial.',
  'common.noAssessment.start': 'Iniciar la autoevaluación',
  'common.country': 'País',
  'common.country.none': 'No especificado',
  'common.role': 'Función',
  'common.technicalDetails': 'Detalles técnicos',
  'common.inParentheses': '({text})',
  'common.partSeparator': ' – ',

  'role.ministry-education': 'Ministerio de Educación',
  'role.ministry-ict': 'Ministerio de TIC',
  'role.ministry-finance': 'Ministerio de Finanzas o de Hacienda',
  'role.regional-office': 'Oficina regional o distrital',
  'role.school': 'Escuela',
  'role.teacher-training': 'Institución de formación docente',
  'role.partner': 'Organización asociada',
  'role.other': 'Otra',
  'role.unknown': 'Función no indicada',

  // ── Home ──
  'home.title': 'Inicio',
  'home.lead':
    'Este kit de herramientas ayuda a un ministerio de educación y a sus socios a ver en qué punto se encuentra el país en cada uno de los seis pilares, acordar prioridades y convertirlas en un plan de acción. Funciona íntegramente en su navegador.',
  'home.start': 'Iniciar la autoevaluación',
  'home.continue': 'Continuar su evaluación',
  'home.workshop': 'Organizar un taller',
  'home.vision.title': 'La visión',
  'home.vision.priorities': 'Prioridades',
  'home.vision.principles': 'Principios',
  'home.pillars.title': 'Los seis pilares y sus componentes',
  'home.pillars.intro':
    'Cada pilar se evalúa a través de sus componentes. Los pilares dependen unos de otros: los avances en uno rara vez perduran sin los demás.',
  'home.pillars.foundational':
    'Transversal: la columna vertebral de toda estrategia de transformación digital',
  'home.pillars.proposed': 'Componentes propuestos por este kit de herramientas:',
  'home.pillars.published': 'Componentes mencionados en el material publicado:',
  'home.pillars.assess': 'Evaluar este pilar',
  'home.how.title': 'Cómo funciona la evaluación',
  'home.how.1':
    'Para cada pregunta, elija la descripción que más se acerque a la situación actual de su país. Puede responder “no aplica” o “no sé” cuando la pregunta lo permita, y agregar un comentario o un enlace a una evidencia.',
  'home.how.2':
    'Responda el cuestionario completo o un pilar a la vez, como en el taller. Sus respuestas se guardan en este navegador a medida que avanza; puede volver más tarde y continuar.',
  'home.how.3':
    'Obtenga una puntuación de 0 a 100 y un nivel para cada componente, cada pilar y el conjunto, con la cobertura (cuánto se respondió) y el equilibrio (qué tan parejos están los pilares), así como los componentes que requieren más atención.',
  'home.how.4':
    'Elija tres prioridades y elabore un plan de acción con acciones a corto, mediano y largo plazo, cada una vinculada a un resultado educativo.',
  'home.how.5':
    'Tras un análisis en profundidad, guarde una versión, revise sus respuestas y compare el antes y el después. Un facilitador puede reunir los archivos de varios participantes en la página Taller.',
  'home.levels.title': 'Los niveles de madurez',
  'home.levels.sequence': '{levels}.',
  'home.levels.item': '{value, number, integer}. {label}',
  'home.item.summary': ' – {summary}',
  'home.facts.title': 'Por qué importa la conectividad',
  'home.facts.primary': 'de las escuelas primarias estaban conectadas a internet',
  'home.facts.lowerSecondary': 'de las escuelas de primer ciclo de secundaria',
  'home.facts.upperSecondary': 'de las escuelas de segundo ciclo de secundaria',
  'home.facts.source': 'Fuente: UNESCO, Informe de Seguimiento de la Educación en el Mundo 2023.',
  'home.about.title': 'De dónde proviene',
  'home.about.languages':
    'El sitio, el marco y su curso están disponibles en los seis idiomas oficiales de las Naciones Unidas: {languages}. Se redactaron en inglés.',
  'home.about.correct':
    'Si una palabra o una frase no suena bien en su idioma, díganoslo en la página de Comentarios.',
  'home.privacy.title': 'Sus datos quedan en sus manos',
  'home.privacy.body':
    'No hay cuenta ni servidor: las respuestas, los planes y los comentarios se guardan únicamente en este navegador. Use Historial para exportar un archivo (*.dtc.json), importar uno o crear un enlace para compartir que lleva sus respuestas dentro del propio enlace.',

  // ── Assess ──
  'assess.title': 'Autoevaluación',
  'assess.lead':
    'Para cada pregunta, elija la descripción que mejor corresponda a la situación actual. Las respuestas se guardan a medida que avanza.',
  'assess.start.title': 'Sobre esta evaluación',
  'assess.start.intro':
    'Algunos datos para distinguir esta evaluación de otras y agrupar las respuestas en un taller. Solo la función es obligatoria.',
  'assess.field.label': 'Nombre de esta evaluación',
  'assess.field.label.hint': 'Por ejemplo: “Senegal – Ministerio de Educación – marzo de 2026”.',
  'assess.field.role': 'Su función',
  'assess.field.roleDetail': 'Describa su función',
  'assess.field.organisation': 'Organización',
  'assess.field.country': 'País',
  'assess.field.country.none': 'Elija un país',
  'assess.error.role': 'Elija su función.',
  'assess.error.roleDetail': 'Describa su función.',
  'assess.start.submit': 'Iniciar la evaluación',
  'assess.details.edit': 'Editar los datos',
  'assess.details.save': 'Guardar los datos',
  'assess.details.saved': 'Datos guardados.',
  'assess.new': 'Iniciar una nueva evaluación',
  'assess.sections.label': 'Qué responder',
  'assess.sections.all': 'Los seis pilares',
  'assess.sections.workshop':
    'En el taller: primero coordinación y liderazgo, luego conectividad e infraestructura y después datos y evidencia.',
  'assess.complete.title': 'Evaluación terminada',
  'assess.complete.body':
    'Sus respuestas se guardaron, junto con una versión para compararlas más adelante.',
  'assess.complete.results': 'Ver los resultados',
  'assess.section.complete': 'Sección terminada: {pillar}.',
  'assess.section.next': 'Siguiente en el orden del taller: {pillar}',
  'assess.revision.title': 'Conservar esta ronda de respuestas',
  'assess.revision.intro':
    'Antes de un análisis en profundidad o de una revisión posterior, guarde una versión: sus respuestas tal como están ahora. Luego modifíquelas con libertad y compare ambas en Historial.',
  'assess.revision.note': 'Nota para esta versión',
  'assess.revision.default': 'Antes del análisis en profundidad',
  'assess.revision.save': 'Guardar una versión',
  'assess.revision.saved': 'Versión “{note}” guardada.',
  'assess.revision.completed': 'Terminada',
  'assess.viewResults': 'Ver los resultados hasta ahora',

  // ── Results ──
  'results.title': 'Resultados',
  'results.lead':
    'Puntuaciones, niveles, cobertura y equilibrio de “{label}”, y los componentes que requieren más atención.',
  'results.none': 'Responda al menos una pregunta para ver los resultados.',
  'results.actions': 'Usar estos resultados',
  'results.report': 'Informe para imprimir',
  'results.csv': 'Descargar las puntuaciones (CSV)',
  'results.export': 'Exportar el archivo (.dtc.json)',
  'results.share': 'Crear un enlace para compartir',
  'results.plan': 'Elaborar el plan de acción',
  'results.share.label': 'Enlace para compartir',
  'results.share.hint':
    'El enlace lleva las respuestas dentro (después del signo #, que nunca se envía a un servidor). Cualquier persona que lo abra puede verlas.',
  'results.share.error': 'No se pudo crear el enlace para compartir en este navegador.',
  'results.exported': 'Archivo descargado: {name}.',
  'results.migrated.title': 'Trasladadas a la versión {to} del marco',
  'results.migrated.body':
    'Estas respuestas se dieron con la versión {from}: {check, plural, =0 {ninguna respuesta que revisar} one {# respuesta que revisar} many {# de respuestas que revisar} other {# respuestas que revisar}} y {unanswered, plural, =0 {ninguna pregunta que necesite una nueva respuesta} one {# pregunta que necesita una nueva respuesta} many {# de preguntas que necesitan una nueva respuesta} other {# preguntas que necesitan una nueva respuesta}}. El cuestionario las enumera.',
  'results.migrated.open': 'Abrir el cuestionario',
  'results.migrated.dismiss': 'Ocultar este mensaje',

  // ── Report ──
  'report.title': 'Informe',
  'report.lead':
    'Un informe para imprimir de “{label}”. Use el comando de impresión de su navegador para guardarlo como PDF.',
  'report.back': 'Volver a los resultados',

  // ── Plan ──
  'plan.title': 'Plan de acción',
  'plan.lead':
    'Elija tres prioridades a partir de sus resultados y luego defina acciones a corto, mediano y largo plazo en los distintos pilares, cada una vinculada a un resultado educativo.',
  'plan.priorities.title': '1. Elegir tres prioridades',
  'plan.actions.title': '2. Elaborar el plan',
  'plan.horizons':
    'Corto plazo: en menos de un año. Mediano plazo: de uno a tres años. Largo plazo: más de tres años.',
  'plan.report': 'Imprimir el plan con el informe',
  'plan.files.title': '3. Archivos para el ministerio',
  'plan.files.lead':
    'Un documento de Word para editar y archivar, y un libro de Excel cuyos totales son fórmulas. Ambos se generan en este navegador: no se envía nada a ninguna parte.',
  'plan.files.word': 'Descargar Word',
  'plan.files.excel': 'Descargar Excel',
  'plan.files.print': 'Imprimir',
  'plan.files.format.docx': 'Word',
  'plan.files.format.xlsx': 'Excel',
  'plan.files.making': 'Generando el archivo {format}…',
  'plan.files.done': 'Se descargó el archivo {format}.',
  'plan.files.failed': 'No se pudo generar el archivo {format}: {detail}',

  // ── History ──
  'history.title': 'Historial',
  'history.lead':
    'Todas las evaluaciones guardadas en este navegador, con sus versiones guardadas. Abra una para continuar, compare dos versiones cualesquiera, exporte o importe archivos.',
  'history.new': 'Nueva evaluación',
  'history.import.title': 'Importar un archivo',
  'history.import.label': 'Archivo de evaluación (.dtc.json o .json)',
  'history.import.button': 'Elegir archivos…',
  'history.import.hint':
    'Una importación nunca reemplaza lo que ya está aquí: una versión distinta de una evaluación se conserva como otra entrada.',
  'history.import.added':
    '{count, plural, one {Se importó una evaluación.} many {Se importaron # de evaluaciones.} other {Se importaron # evaluaciones.}}',
  'history.import.copies':
    '{count, plural, one {Una evaluación ya existía en otra versión: se conservó como una entrada aparte.} many {# de evaluaciones ya existían en otra versión: se conservaron como entradas aparte.} other {# evaluaciones ya existían en otra versión: se conservaron como entradas aparte.}}',
  'history.import.unchanged':
    '{count, plural, one {Una evaluación ya estaba aquí, sin cambios.} many {# de evaluaciones ya estaban aquí, sin cambios.} other {# evaluaciones ya estaban aquí, sin cambios.}}',
  'history.exportAll': 'Exportar todo (.dtc.json)',
  'history.empty': 'Todavía no hay ninguna evaluación guardada en este navegador.',
  'history.list.title': 'Evaluaciones guardadas',
  'history.count':
    '{count, plural, one {# evaluación} many {# de evaluaciones} other {# evaluaciones}}',
  'history.open': 'Continuar',
  'history.results': 'Resultados',
  'history.rename': 'Cambiar el nombre',
  'history.renameLabel': 'Nuevo nombre',
  'history.export': 'Exportar',
  'history.share': 'Enlace para compartir',
  'history.delete': 'Eliminar',
  'history.delete.confirm':
    '¿Eliminar “{label}” y sus versiones guardadas de este navegador? Si puede necesitarla, expórtela antes.',
  'history.delete.done': 'Se eliminó “{label}”.',
  'history.revision.save': 'Guardar una versión',
  'history.revisions':
    '{count, plural, =0 {Ninguna versión guardada} one {# versión guardada} many {# de versiones guardadas} other {# versiones guardadas}}',
  'history.revision.item': '{note} – {date}',
  'history.restoredLabel': '{label} – {round}',
  'history.revision.restore': 'Restaurar como nueva evaluación',
  'history.revision.restored': 'Versión restaurada como nueva evaluación: “{label}”.',
  'history.revision.deleted': 'Versión eliminada.',
  'history.revision.delete': 'Eliminar la versión',
  'history.revision.untitled': 'Versión guardada',
  'history.overall': 'Puntuación global: {score}',
  'history.origin.file': 'Importada de {name}',
  'history.origin.share': 'Abierta desde un enlace para compartir',
  'compare.title': 'Comparar dos versiones',
  'compare.lead':
    'Antes y después de un análisis en profundidad, o de un año al siguiente: elija dos versiones guardadas cualesquiera.',
  'compare.before': 'Antes',
  'compare.after': 'Después',
  'compare.current': '{label} (respuestas actuales)',
  'compare.revision': '{label} – {note} ({date})',
  'compare.needTwo':
    'Guarde una versión o una segunda evaluación para poder comparar dos versiones.',
  'compare.same': 'Elija dos versiones distintas.',

  // ── Workshop ──
  'workshop.title': 'Taller',
  'workshop.lead':
    'Para facilitadores: reúna los archivos o los códigos para compartir de varios participantes y observe el grupo, para el recorrido por la galería y la discusión de las prioridades.',
  'workshop.privacy':
    'Las respuestas de los participantes permanecen en este navegador. No se sube nada; vacíe el taller cuando termine.',
  'workshop.add.title': 'Agregar participantes',
  'workshop.files.label': 'Archivos de los participantes (.dtc.json)',
  'workshop.files.hint': 'Elija varios archivos a la vez o arrástrelos hasta aquí.',
  'workshop.files.button': 'Elegir archivos…',
  'workshop.codes.label': 'Códigos o enlaces para compartir',
  'workshop.codes.tooMany':
    '{count, plural, one {Se pegó # código} many {Se pegaron # de códigos} other {Se pegaron # códigos}}, pero se pueden agregar como máximo {max} a la vez. No se agregó nada: agréguelos en grupos más pequeños.',
  'workshop.codes.hint': 'Uno por línea.',
  'workshop.codes.add': 'Agregar a partir de los códigos',
  'workshop.added':
    '{count, plural, =0 {No se agregó ningún participante.} one {Se agregó un participante.} many {Se agregaron # de participantes.} other {Se agregaron # participantes.}}',
  'workshop.updated':
    '{count, plural, one {Se actualizó un participante con respuestas más recientes.} many {Se actualizaron # de participantes con respuestas más recientes.} other {Se actualizaron # participantes con respuestas más recientes.}}',
  'workshop.duplicate': '{name}: ya está en el taller.',
  'workshop.problem': '{name}: {message}',
  'workshop.codeLine': 'línea {line}',
  'workshop.fromMine': 'Agregar mi evaluación actual',
  'workshop.participants.title': 'Participantes',
  'workshop.participants.count':
    '{count, plural, =0 {Todavía no hay participantes.} one {# participante} many {# de participantes} other {# participantes}}',
  'workshop.participants.caption': 'Participantes en este taller',
  'workshop.col.participant': 'Participante',
  'workshop.col.answered': 'Respondidas',
  'workshop.col.overall': 'Global',
  'workshop.col.actions': 'Acciones',
  'workshop.clear': 'Vaciar el taller',
  'workshop.clear.confirm': '¿Quitar a todos los participantes de este navegador?',
  'workshop.cleared': 'Se vació el taller.',
  'workshop.feedback.title': 'Comentarios de los participantes',
  'workshop.feedback.none': 'Todavía ningún participante ha enviado comentarios.',
  'workshop.feedback.onQuestions':
    '{count, plural, =0 {Ningún participante envió comentarios sobre preguntas concretas.} one {Un participante envió comentarios sobre preguntas concretas.} many {# de participantes enviaron comentarios sobre preguntas concretas.} other {# participantes enviaron comentarios sobre preguntas concretas.}}',
  'workshop.feedback.json': 'Descargar todos los comentarios (JSON)',
  'workshop.feedback.csv': 'Descargar todos los comentarios, pregunta por pregunta (CSV)',
  'workshop.feedback.mean':
    '{aspect}: {mean} sobre 5 ({count, plural, one {# valoración} many {# de valoraciones} other {# valoraciones}})',
  'workshop.csv': 'Descargar las puntuaciones del grupo (CSV)',
  'workshop.feedbackCsv': 'Descargar los comentarios (CSV)',

  // ── Learn ──
  'learn.title': 'Aprender',
  'learn.lead':
    'Un curso breve para cada pilar: qué abarca y por qué es importante, buenas prácticas y las fuentes en que se basan, errores frecuentes, ejemplos de países y preguntas para el análisis en profundidad de su equipo.',
  'learn.loading': 'Cargando el curso…',
  'learn.loadError':
    'No se pudo cargar el curso. Vuelva a cargar la página; la primera vez, el sitio necesita conexión.',
  'learn.unavailable': 'El módulo de este pilar todavía no está disponible.',
  'learn.back': 'Todos los módulos de aprendizaje',
  'learn.module.title': 'Módulo de aprendizaje: {pillar}',
  'learn.levelsFrom': 'Los niveles que se muestran son los de su evaluación “{label}”.',
  'learn.noResult': 'Responda el cuestionario para ver aquí el nivel de cada componente.',
  'learn.notFound.title': 'No existe ese módulo de aprendizaje',
  'learn.notFound.body': 'No hay ningún módulo de aprendizaje para “{id}”.',
  'learn.results.title': 'Aprenda sobre los componentes de nivel bajo',
  'learn.results.lead':
    'Cada enlace abre el módulo de aprendizaje del pilar del componente, en ese componente.',
  'learn.plan.title': 'Aprenda sobre sus prioridades',
  'learn.plan.lead':
    'Cada enlace abre el módulo de aprendizaje del pilar de la prioridad, en ese componente.',
  'learn.inModule': 'en el módulo {pillar}',

  // ── Deep dive ──
  'deepDive.round': 'Antes del análisis en profundidad del pilar “{pillar}”',
  'deepDive.kept':
    'Sus respuestas se conservan como “{round}”. Revise las respuestas de este pilar y luego compare el antes y el después.',
  'deepDive.title': 'Análisis en profundidad del pilar “{pillar}”',
  'deepDive.body':
    'Sus respuestas anteriores al análisis en profundidad se conservan como “{round}”. Revise las respuestas de este pilar y luego compare el antes y el después.',
  'deepDive.compare': 'Comparar el antes y el después del análisis en profundidad',

  // ── Resources ──
  'resources.title': 'Financiamiento de la educación digital',
  'resources.lead':
    'Maneras de pagar la conectividad, los dispositivos, los contenidos y las personas que los hacen funcionar. Cada una se explica brevemente, con los pilares y componentes a los que contribuye.',
  'resources.note':
    'Estos resúmenes se redactaron para este kit de herramientas con el fin de preparar la discusión; no constituyen asesoramiento financiero ni jurídico.',
  'resources.toc': 'Modelos de financiamiento',
  'resources.what': 'Qué es',
  'resources.use': 'Cuándo es útil',
  'resources.watch': 'Precauciones',
  'resources.serves': 'Contribuye a',
  'resources.assess': 'Evaluar el pilar relacionado:',
  'resources.serves.components': ': {components}',

  'resource.universal-service-funds.title': 'Fondos de servicio universal',
  'resource.universal-service-funds.what':
    'Los operadores de telecomunicaciones aportan una pequeña parte de sus ingresos a un fondo destinado a llevar el servicio a los lugares a los que el mercado no llega. Muchos países permiten que el fondo pague la conexión de las escuelas.',
  'resource.universal-service-funds.use':
    'Cuando el dinero ya se recauda pero no se gasta, y hay escuelas rurales sin conexión: el fondo puede pagar las primeras conexiones y parte de los costos de funcionamiento.',
  'resource.universal-service-funds.watch':
    'Fondos que permanecen inactivos durante años, normas que solo pagan equipos y no el servicio, y contratos sin ningún control de que las escuelas estén realmente conectadas.',
  'resource.e-rate-discounts.title': 'Descuentos de tipo E-Rate',
  'resource.e-rate-discounts.what':
    'Las escuelas y bibliotecas contratan la conectividad con un descuento que es mayor para las escuelas más pobres y rurales; el fondo paga la diferencia al proveedor.',
  'resource.e-rate-discounts.use':
    'Cuando las escuelas pueden gestionar sus propios contratos y la prioridad es mantener las conexiones funcionando año tras año, no solo instalarlas.',
  'resource.e-rate-discounts.watch':
    'Trámites que las escuelas pequeñas no pueden manejar, y descuentos que favorecen a las escuelas que ya están bien atendidas.',
  'resource.public-private-partnerships.title': 'Asociaciones público-privadas',
  'resource.public-private-partnerships.what':
    'Un contrato de larga duración en el que una empresa construye u opera parte del servicio (una red, un programa de dispositivos, una plataforma) y el gobierno paga a lo largo del tiempo o comparte riesgos e ingresos.',
  'resource.public-private-partnerships.use':
    'Para grandes inversiones que requieren capacidades y capital privados, con niveles de servicio claros que el gobierno pueda medir.',
  'resource.public-private-partnerships.watch':
    'Costos ocultos a largo plazo, dependencia de un solo proveedor, poca capacidad pública para gestionar el contrato y datos que terminan en manos del socio.',
  'resource.blended-finance.title': 'Financiamiento combinado',
  'resource.blended-finance.what':
    'Se combinan donaciones o fondos en condiciones favorables de donantes y bancos de desarrollo con fondos comerciales o públicos, para hacer posible una inversión o reducir su riesgo para los demás.',
  'resource.blended-finance.use':
    'Cuando un proyecto es casi viable (por ejemplo, conectar una región en la que los operadores ganarían algo, pero no lo suficiente) y una cobertura de primeras pérdidas o una garantía inclina la balanza.',
  'resource.blended-finance.watch':
    'Operaciones complejas que tardan años en cerrarse, y subsidios que terminan antes de que el servicio pueda financiarse por sí mismo.',
  'resource.outcome-based-finance.title':
    'Financiamiento basado en resultados y bonos de resultados',
  'resource.outcome-based-finance.what':
    'El dinero se paga cuando se alcanzan los resultados acordados (escuelas conectadas y que usan la conexión, mejoras en el aprendizaje), no cuando se realizan las actividades. En un bono de resultados, los inversionistas pagan primero y se les reembolsa si se obtienen los resultados.',
  'resource.outcome-based-finance.use':
    'Cuando los resultados pueden medirse de manera fiable e independiente, y los proveedores tienen margen para encontrar la mejor manera de alcanzarlos.',
  'resource.outcome-based-finance.watch':
    'Resultados fáciles de contar en lugar de los que realmente importan, costos de medición elevados y sistemas de datos demasiado débiles para verificar nada.',
  'resource.pooled-procurement.title': 'Adquisiciones conjuntas',
  'resource.pooled-procurement.what':
    'Muchas escuelas, distritos o incluso países compran juntos: una sola licitación de conectividad o de dispositivos, con el poder de negociación de un gran comprador. Giga informa de costos de conectividad hasta un 60 % más bajos gracias a la agregación de la demanda.',
  'resource.pooled-procurement.use':
    'Cuando muchos compradores pequeños pagan precios altos por el mismo servicio y un organismo central puede llevar a cabo una licitación transparente.',
  'resource.pooled-procurement.watch':
    'Licitaciones que solo pueden ganar las grandes empresas, ofertas uniformes que no se adaptan a las escuelas remotas y entregas centralizadas lentas.',
  'resource.zero-rating.title': 'Tarifa cero para contenidos educativos (zero-rating)',
  'resource.zero-rating.what':
    'Los operadores móviles acuerdan no descontar del saldo de datos de los usuarios el tráfico hacia sitios y plataformas educativos aprobados, de modo que los estudiantes puedan usarlos sin comprar datos.',
  'resource.zero-rating.use':
    'Cuando muchos estudiantes tienen teléfono pero no pueden pagar los datos, sobre todo durante los cierres de escuelas.',
  'resource.zero-rating.watch':
    'Listas de sitios difíciles de mantener actualizadas, la equidad entre plataformas y, en algunos países, las normas de neutralidad de la red.',
  'resource.corporate-social-responsibility.title': 'Responsabilidad social empresarial',
  'resource.corporate-social-responsibility.what':
    'Las empresas aportan dispositivos, conectividad, formación o fondos como parte de sus compromisos sociales, a menudo a través de una fundación.',
  'resource.corporate-social-responsibility.use':
    'Para poner en marcha experiencias piloto o cubrir carencias concretas, cuando el aporte se ajusta al plan nacional y a sus estándares.',
  'resource.corporate-social-responsibility.watch':
    'Donaciones que no se ajustan a las necesidades, que no tienen mantenimiento ni presupuesto después de la entrega o que promueven una marca; una ayuda puntual no puede financiar un sistema.',
  'resource.total-cost-of-ownership.title': 'Costo total de propiedad',
  'resource.total-cost-of-ownership.what':
    'No es una fuente de dinero, sino una manera de contarlo: el costo completo de una tecnología a lo largo de su vida útil (compra, electricidad, conectividad, software, formación, soporte, reparaciones, reemplazo y eliminación), no solo su precio.',
  'resource.total-cost-of-ownership.use':
    'Antes de cada compra importante, para comparar las opciones de manera justa y presupuestar los costos recurrentes, que suelen equivaler a varias veces el precio de compra.',
  'resource.total-cost-of-ownership.watch':
    'Presupuestos que compran dispositivos pero nada para hacerlos funcionar, y vidas útiles que se suponen en lugar de comprobarse.',
  'resource.open-source-open-content.title':
    'Software de código abierto y recursos educativos abiertos',
  'resource.open-source-open-content.what':
    'El software y los materiales de aprendizaje con licencias abiertas pueden usarse, adaptarse y compartirse sin pagar licencias por usuario.',
  'resource.open-source-open-content.use':
    'Para reducir los costos recurrentes de licencias, adaptar los contenidos a las lenguas locales y a los currículos, y evitar la dependencia de un solo proveedor.',
  'resource.open-source-open-content.watch':
    'Que sea abierto no significa que su funcionamiento sea gratuito: el alojamiento, el soporte, las actualizaciones y la curaduría siguen requiriendo personal y presupuesto.',
  'resource.device-leasing.title': 'Arrendamiento y dispositivos como servicio',
  'resource.device-leasing.what':
    'Los dispositivos se alquilan por un período fijo con mantenimiento, seguro y reemplazo incluidos, a cambio de una cuota periódica en lugar de una gran compra.',
  'resource.device-leasing.use':
    'Cuando los presupuestos de capital son ajustados pero los presupuestos recurrentes son fiables, y cuando el soporte en las escuelas es débil.',
  'resource.device-leasing.watch':
    'Un costo total más alto a lo largo del tiempo, y lo que ocurre con los dispositivos y los datos al final del contrato.',
  'resource.multi-year-budgeting.title': 'Líneas presupuestarias plurianuales',
  'resource.multi-year-budgeting.what':
    'La educación digital cuenta con sus propias líneas en el presupuesto de educación y en el plan sectorial, planificadas a varios años y que cubren los costos de funcionamiento, no solo las inversiones.',
  'resource.multi-year-budgeting.use':
    'Siempre: es lo que mantiene todo lo demás en marcha cuando terminan las experiencias piloto y los proyectos de los donantes.',
  'resource.multi-year-budgeting.watch':
    'Líneas que son las primeras en recortarse en un año difícil, y costos recurrentes que quedan fuera del plan.',

  // ── Feedback ──
  'feedback.title': 'Comentarios',
  'feedback.lead':
    'Diga a los organizadores qué le parecieron las preguntas, la manera en que se llevó a cabo la evaluación y su utilidad. Sus comentarios se guardan con su evaluación y se incluyen cuando la exporta.',
  'feedback.for': 'Comentarios sobre “{label}”.',
  'feedback.questions': 'Las preguntas',
  'feedback.questions.hint':
    '¿Fueron claras, pertinentes para su país y con el nivel de detalle adecuado?',
  'feedback.methods': 'El método',
  'feedback.methods.hint':
    'Cómo se llevó a cabo la evaluación: un pilar a la vez, los niveles, el recorrido por la galería, los análisis en profundidad.',
  'feedback.usefulness': 'Utilidad',
  'feedback.usefulness.hint': 'Qué tan útiles son los resultados y el plan para su trabajo.',
  'feedback.scale.1': '1 – Deficiente',
  'feedback.scale.2': '2 – Regular',
  'feedback.scale.3': '3 – Bueno',
  'feedback.scale.4': '4 – Muy bueno',
  'feedback.scale.5': '5 – Excelente',
  'feedback.comment': 'Observaciones y sugerencias',
  'feedback.save': 'Guardar los comentarios',
  'feedback.saved': 'Gracias: sus comentarios se guardaron con su evaluación.',
  'feedback.csv': 'Descargar los comentarios (CSV)',
  'feedback.export': 'Exportar la evaluación con sus comentarios',
  'feedback.lastSaved': 'Guardado por última vez el {date}.',
  'feedback.onQuestions.title': 'Comentarios sobre preguntas concretas',
  'feedback.onQuestions.count':
    '{count, plural, =0 {Todavía ninguno: mientras responde, abra “Comentarios sobre esta pregunta” debajo de cualquier pregunta para indicar que no es clara, que no es pertinente o que le falta algo.} one {Envió comentarios sobre una pregunta:} many {Envió comentarios sobre # de preguntas:} other {Envió comentarios sobre # preguntas:}}',
  'feedback.downloads.title': 'Para los organizadores',
  'feedback.downloads.intro':
    'Descargue todos sus comentarios, sobre las preguntas y en este formulario, en un archivo para entregar a los organizadores. El archivo se genera en su navegador: no se envía nada.',
  'feedback.json': 'Descargar los comentarios (JSON)',

  // ── Share ──
  'share.title': 'Evaluación compartida',
  'share.lead':
    'Alguien compartió una evaluación con usted. Las respuestas viajan dentro del enlace; no se descargó nada de ningún servidor.',
  'share.reading': 'Leyendo el enlace…',
  'share.summary':
    '{role}, {answered, number, integer} de {total, number, integer} preguntas respondidas.',
  'share.save': 'Guardar en mis evaluaciones',
  'share.workshop': 'Agregar al taller',
  'share.saved': 'Guardada como “{label}”.',
  'share.alreadyWorkshop': 'Estas respuestas ya están en el taller: no se agregó nada.',
  'share.addedWorkshop': 'Agregada al taller.',
  'share.openResults': 'Abrir sus resultados',
  'share.openWorkshop': 'Abrir el taller',
  'share.error.empty':
    'Este enlace no contiene ninguna evaluación. Pida el enlace completo, incluida la parte que sigue al signo #.',
  'share.error.not-a-code': 'Este no es un código para compartir de este kit de herramientas.',
  'share.error.damaged':
    'Este código para compartir está dañado o incompleto: es posible que se haya cortado al copiarlo.',
  'share.error.too-large':
    'Este enlace contiene más de {size} de respuestas, más de lo que cabe en cualquier evaluación, por lo que no se abrió.',
  'share.tooLarge':
    'Esta evaluación es demasiado grande para compartirla mediante un enlace (más de {size}). Expórtela como archivo.',

  // ── Import errors ──
  'import.otherVersion':
    '{count, plural, one {Una de ellas se hizo} many {# de ellas se hicieron} other {# de ellas se hicieron}} con la versión {versions} del marco; este sitio {count, plural, one {la puntúa} many {las puntúa} other {las puntúa}} con la versión {version}, por lo que pueden faltar respuestas a preguntas que cambiaron.',
  'import.carried':
    '{count, plural, one {Una de ellas se hizo} many {# de ellas se hicieron} other {# de ellas se hicieron}} con la versión {versions} del marco y {count, plural, one {se trasladó} many {se trasladaron} other {se trasladaron}} a la versión {version}: las respuestas a las preguntas que cambiaron deben revisarse o responderse de nuevo, según indica el cuestionario.',
  'import.error.title': 'No se pudo importar este archivo',
  'import.error.empty': 'El archivo está vacío o no contiene ninguna evaluación.',
  'import.error.too-large':
    'El archivo es demasiado grande para ser un archivo de evaluación (más de {size}).',
  'import.error.invalid-json':
    'El archivo no es un JSON legible: puede estar dañado, incompleto o no ser un archivo de evaluación.',
  'import.error.not-dtc':
    'Este no es un archivo de evaluación de este kit de herramientas (*.dtc.json o un archivo de respuestas).',
  'import.error.unsupported-version':
    'El archivo está en una versión de formato que este sitio no puede leer (creado con otra versión del kit de herramientas).',
  'import.error.earlier-unavailable':
    'El archivo contiene respuestas a una versión anterior del marco, y no se pudo cargar la parte de este sitio que las lee. Conéctese a internet e inténtelo de nuevo.',
  'import.error.framework-mismatch':
    'El archivo contiene respuestas a otro marco, que este sitio no tiene.',
  'import.error.invalid':
    '{count, plural, one {El archivo tiene un problema:} many {El archivo tiene # de problemas:} other {El archivo tiene # problemas:}}',
  'import.error.more':
    '{count, plural, one {y un problema más} many {y # de problemas más} other {y # problemas más}}',

  'import.error.titleFor': 'No se pudo importar este archivo: {name}',
  'import.progress.start':
    '{count, plural, one {Leyendo un archivo…} many {Leyendo # de archivos…} other {Leyendo # archivos…}}',
  'import.progress.label': 'Archivos leídos: {done} de {total}',
  'import.cancel': 'Cancelar la importación',
  'import.cancelled':
    'Importación cancelada: no se agregó nada y lo que ya estaba guardado no ha cambiado.',
  'import.tooManyFiles':
    '{count, plural, one {Se eligió # archivo} many {Se eligieron # de archivos} other {Se eligieron # archivos}}, pero se pueden importar como máximo {max} a la vez. No se importó nada: impórtelos en grupos más pequeños.',

  // ── Country teams ──
  'team.list.title': 'Equipos de país',
  'team.list.lead':
    'Un equipo de país elabora un solo plan a partir de las respuestas de sus miembros: elija los miembros, consulte el resultado del equipo, elijan juntos las prioridades y redacten el plan. Todo permanece en este navegador.',
  'team.list.none': 'Todavía no hay ningún equipo de país.',
  'team.new.title': 'Crear un equipo de país',
  'team.new.submit': 'Crear el equipo',
  'team.field.name': 'Nombre del equipo',
  'team.field.name.error': 'Asigne un nombre al equipo.',
  'team.field.country': 'País',
  'team.toGallery': 'Ir al recorrido por la galería',
  'team.toWorkshop': 'Volver al taller',
  'team.back': 'Todos los equipos de país',
  'team.title': 'Equipo de país: {name}',
  'team.lead':
    'Elija los miembros del equipo, consulte el resultado del equipo, elijan juntos tres prioridades y redacten un solo plan. Más abajo puede fusionar el plan redactado en otra computadora portátil.',
  'team.details.title': 'El equipo',
  'team.members.title': 'Miembros',
  'team.members.legend': 'Participantes del taller que forman parte de este equipo',
  'team.members.none':
    'El taller todavía no tiene participantes: importe los archivos de respuestas de los miembros.',
  'team.members.import': 'Importar las respuestas de los miembros (.dtc.json)',
  'team.members.importHint': 'Se suman al taller y a este equipo.',
  'team.members.imported':
    '{count, plural, =0 {No se agregó ningún miembro.} one {Se agregó un miembro.} many {Se agregaron # de miembros.} other {Se agregaron # miembros.}}',
  'team.members.count':
    '{count, plural, =0 {Todavía no hay miembros.} one {# miembro en el equipo.} many {# de miembros en el equipo.} other {# miembros en el equipo.}}',
  'team.result.title': 'El resultado del equipo',
  'team.priorities.title': 'Prioridades elegidas en conjunto',
  'team.priorities.hint':
    'Ordenadas según las respuestas del primer miembro; el equipo elige tres, sea cual sea su posición.',
  'team.priorities.noMembers': 'Agregue miembros al equipo para elegir sus prioridades.',
  'team.plan.title': 'El plan del equipo',
  'team.export.title': 'Conservar el plan',
  'team.export.json': 'Descargar el plan del equipo (JSON)',
  'team.export.word': 'Descargar el plan del equipo (Word)',
  'team.export.excel': 'Descargar el plan del equipo (Excel)',
  'team.exported': 'Se descargó el plan.',
  'team.delete': 'Eliminar este equipo',
  'team.merge.title': 'Fusionar un plan de otra computadora portátil',
  'team.merge.lead':
    'Se conservan todas las acciones de ambos planes. Cuando los dos planes difieren sobre un mismo punto, ambas versiones se muestran una junto a otra: elija una en cada caso y luego aplique la fusión.',
  'team.merge.file': 'El plan de la otra computadora portátil (JSON)',
  'team.merge.fileHint':
    'Un plan del mismo país, descargado desde esta página o desde la página Plan.',
  'team.merge.button': 'Elegir un plan…',
  'team.merge.ready':
    '{added, plural, =0 {Ninguna acción nueva.} one {Una acción nueva.} many {# de acciones nuevas.} other {# acciones nuevas.}} {conflicts, plural, =0 {Ningún conflicto.} one {Un conflicto por resolver.} many {# de conflictos por resolver.} other {# conflictos por resolver.}}',
  'team.merge.summary':
    'Fusión: {added, plural, =0 {ninguna acción nueva} one {una acción nueva} many {# de acciones nuevas} other {# acciones nuevas}}, {conflicts, plural, =0 {ningún conflicto} one {un conflicto por resolver} many {# de conflictos por resolver} other {# conflictos por resolver}}.',
  'team.merge.actionField': 'Acción “{action}”: {field}',
  'team.merge.planField': 'Plan: {field}',
  'team.merge.planFieldOf': 'Plan: {field} ({key})',
  'team.merge.mine': 'Esta computadora',
  'team.merge.theirs': 'La otra computadora',
  'team.merge.empty': '(vacío)',
  'team.merge.apply': 'Aplicar la fusión',
  'team.merge.cancel': 'Cancelar la fusión',
  'team.merge.applied': 'Se guardó el plan fusionado.',
  'team.merge.missing':
    '{count, plural, one {Todavía hay un conflicto sin resolver: elija una versión.} many {Todavía hay # de conflictos sin resolver: elija una versión para cada uno.} other {Todavía hay # conflictos sin resolver: elija una versión para cada uno.}}',
  'team.merge.cannotApply': 'El plan fusionado no es coherente: elija otras versiones',
  'team.merge.refused': 'Este plan no se puede fusionar',
  'team.merge.differentCountry': 'Es un plan de {theirs}; el plan de este equipo es de {mine}.',
  'team.merge.differentFramework': 'Se redactó para otro marco.',
  'team.field.title': 'título',
  'team.field.priority': 'prioridad',
  'team.field.pillar': 'pilar',
  'team.field.horizon': 'horizonte',
  'team.field.owner': 'responsable',
  'team.field.targetLevel': 'nivel meta',
  'team.field.outcome': 'resultado educativo',
  'team.field.notes': 'notas',
  'team.field.status': 'estado',
  'team.field.lead': 'institución responsable',
  'team.field.partners': 'socios',
  'team.field.cost': 'costo',
  'team.field.funding': 'financiamiento',
  'team.field.indicators': 'indicadores',
  'team.field.milestones': 'hitos',
  'team.field.dependsOn': 'depende de',
  'team.field.alignment': 'alineación',
  'team.field.risks': 'riesgos',
  'team.field.period': 'período',
  'team.field.currency': 'moneda',
  'team.field.priorities': 'prioridades',
  'team.field.framework': 'versión del marco',
  'team.field.pillarPriorities': 'prioridad por pilar',
  'team.field.team': 'miembro del equipo',

  'team.value.cost': '{amount}, {kind}, {years}{budgeted, select, yes {, presupuestado} other {}}',
  'team.value.kind.capital': 'de capital',
  'team.value.kind.recurrent': 'recurrente',
  'team.value.share': '{share, number, integer} % del costo',
  'team.value.funding': '{source}: {amount} ({status})',
  'team.value.status.secured': 'asegurado',
  'team.value.status.requested': 'solicitado',
  'team.value.status.gap': 'brecha',
  'team.value.role.funding': 'financiamiento',
  'team.value.role.delivery': 'ejecución',
  'team.value.role.technical': 'apoyo técnico',
  'team.value.action.planned': 'prevista',
  'team.value.action.in-progress': 'en curso',
  'team.value.action.done': 'realizada',
  'team.value.action.dropped': 'descartada',
  'team.value.indicator': '{name}: {value} {unit} para {year}',
  'team.value.quarter': 'T{quarter} {year}',
  'team.value.milestone': '{what} ({when})',
  'team.value.partner': '{name} ({role})',
  'team.value.member': '{name} ({role})',

  // ── Gallery walk ──
  'gallery.title': 'Recorrido por la galería',
  'gallery.lead':
    'Un póster por equipo de país, para imprimir en A3 o mostrar en la sala, y luego todos los planes uno junto a otro, por pilar.',
  'gallery.none': 'Todavía no hay ningún equipo de país.',
  'gallery.toTeams': 'Crear un equipo de país',
  'gallery.slideshow': 'Mostrar como presentación',
  'gallery.print': 'Imprimir los pósteres (A3)',
  'gallery.teamOf': '{name} ({country})',
  'gallery.radar': 'Puntuaciones por pilar de {name}',
  'gallery.priorities': 'Tres prioridades',
  'gallery.noPriorities': 'Todavía no se eligió ninguna prioridad.',
  'gallery.actions': 'Acciones principales',
  'gallery.noActions': 'Todavía no hay acciones.',
  'gallery.horizon.short': 'corto plazo',
  'gallery.horizon.medium': 'mediano plazo',
  'gallery.horizon.long': 'largo plazo',
  'gallery.total': 'Costo total:',
  'gallery.noCost': 'todavía sin costo',
  'gallery.gap': 'Brecha de financiamiento:',
  'gallery.slide': 'Póster {index, number, integer} de {count, number, integer}',
  'gallery.previous': 'Anterior',
  'gallery.next': 'Siguiente',
  'gallery.close': 'Cerrar la presentación',
  'gallery.keys': 'Teclas de flecha: póster anterior y siguiente. Escape: cerrar.',
  'gallery.table.title': 'Los planes, uno junto a otro',
  'gallery.table.lead':
    'Cada pilar con las acciones de todos los equipos, y dónde todavía se necesita financiamiento.',
  'gallery.table.caption': 'Acciones de todos los equipos de país, por pilar',
  'gallery.table.pillar': 'Pilar',
  'gallery.table.all': 'Todos los equipos',
  'gallery.table.noGap': 'Sin brecha de financiamiento',
  'gallery.table.none': 'Ninguna acción',
  'gallery.table.gap': 'Brecha de financiamiento: {amount}',
  // ── Workshop rooms ──
  'workshop.rooms.title': 'Trabajar en directo en una sala',
  'workshop.rooms.lead':
    'Con un servidor de salas en la red del lugar, cada participante responde en su propio portátil, los equipos redactan su plan juntos y todo llega al facilitador a medida que trabajan, incluso si la red se cae un rato.',
  'workshop.rooms.open': 'Abrir una sala (facilitador)',
  'workshop.rooms.join': 'Unirse a una sala (participante)',
  'room.title': 'Sala del taller',
  'join.title': 'Unirse a una sala',

  // ── Not found ──
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay ninguna página en esta dirección.',
  'notFound.home': 'Ir a la página de inicio',
};
