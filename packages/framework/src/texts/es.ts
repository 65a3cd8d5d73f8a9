/** The framework's texts in "es", keyed as in `mapFrameworkTexts`. */
import type { FrameworkTexts } from '@dtc/schema';

const es: FrameworkTexts = {
  format: 'dtc.framework-texts',
  version: 1,
  framework: {
    id: 'six-pillars',
    version: '2.0.0',
  },
  locale: 'es',
  texts: {
    title: 'Seis pilares para la transformación digital de la educación',
    description:
      'Una autoevaluación del grado de preparación de un sistema educativo para hacer un buen uso de la tecnología digital, a partir de seis pilares interrelacionados.',
    'level.1.label': 'Latente',
    'level.1.description':
      'Hay poco o nada establecido; los esfuerzos, si los hay, son aislados y dependen de personas concretas.',
    'level.2.label': 'Emergente',
    'level.2.description':
      'Existen las primeras políticas, proyectos piloto o inversiones, pero son parciales, carecen de financiamiento o aún no están coordinados.',
    'level.3.label': 'Establecido',
    'level.3.description':
      'Los mecanismos funcionan en todo el sistema, cuentan con financiamiento y con un organismo claramente responsable, y se aplican en la práctica.',
    'level.4.label': 'Avanzado',
    'level.4.description':
      'Los mecanismos se han mantenido a lo largo de varios ciclos presupuestarios, llegan a casi todas las escuelas y todos los estudiantes, son objeto de seguimiento con datos y se revisan con una periodicidad fija que da lugar a mejoras.',
    'vision.purpose':
      'La transformación digital de la educación es un medio, no un fin. Dirigida por cada país y planificada en torno a seis pilares interrelacionados, debe ayudar a que cada estudiante acceda a una educación de calidad y a oportunidades de aprendizaje a lo largo de toda la vida, y a que los sistemas educativos sean más inclusivos, resilientes y eficientes.',
    'priority.learning-for-all.title': 'Mejor aprendizaje para todos',
    'priority.learning-for-all.summary':
      'Utilizar la tecnología digital allí donde mejora lo que aprenden los estudiantes y la forma en que aprenden, y comprobar que efectivamente lo hace.',
    'priority.close-digital-divides.title': 'Reducir las brechas digitales',
    'priority.close-digital-divides.summary':
      'Llegar primero a los estudiantes y las escuelas más rezagados: zonas rurales y remotas, niñas, estudiantes con discapacidad, hablantes de lenguas minoritarias y estudiantes desplazados.',
    'priority.empowered-teachers.title': 'Docentes empoderados',
    'priority.empowered-teachers.summary':
      'Dar a los docentes las competencias, los dispositivos, los contenidos y el tiempo que necesitan para utilizar la tecnología con un propósito claro, y hacerlos partícipes de las decisiones al respecto.',
    'priority.resilient-systems.title': 'Sistemas resilientes y bien gestionados',
    'priority.resilient-systems.summary':
      'Mantener la continuidad del aprendizaje durante las crisis y los cierres de escuelas, y utilizar datos oportunos para planificar, asignar recursos y apoyar a las escuelas.',
    'principle.holistic.title': 'Integral, no fragmentado',
    'principle.holistic.summary':
      'Planificar los seis pilares de forma conjunta: dispositivos sin conectividad, contenidos sin docentes formados o plataformas sin presupuesto para su funcionamiento no transforman la educación.',
    'principle.country-led.title': 'Dirigido por el país',
    'principle.country-led.summary':
      'Las prioridades nacionales y el plan sectorial de educación marcan la dirección; los socios alinean su apoyo con ellos, y no al revés.',
    'principle.inclusive-by-design.title': 'Equidad e inclusión desde el diseño',
    'principle.inclusive-by-design.summary':
      'Diseñar desde el principio pensando en los estudiantes más marginados, para que la tecnología reduzca las brechas en lugar de ampliarlas.',
    'principle.sustainable.title': 'Sostenible en el tiempo',
    'principle.sustainable.summary':
      'Presupuestar toda la vida útil de cada tecnología, incluidos sus costos de funcionamiento y su reposición, y limitar su consumo de energía y los residuos electrónicos que genera.',
    'principle.evidence-informed.title': 'Basado en la evidencia',
    'principle.evidence-informed.summary':
      'Poner a prueba, medir y aprender antes de ampliar la escala, y dejar que los datos sobre el uso, el costo y el aprendizaje orienten las decisiones.',
    'principle.rights-privacy.title': 'Derechos, seguridad y privacidad',
    'principle.rights-privacy.summary':
      'Proteger los derechos de estudiantes y docentes, su seguridad en línea y sus datos personales en cada sistema, contrato y alianza.',
    'pillar.coordination-leadership.title': 'Coordinación y liderazgo',
    'pillar.coordination-leadership.summary':
      'Si el gobierno dirige la transformación digital de la educación: una estrategia compartida, un organismo que coordina a los ministerios y a los distintos niveles de gobierno, alianzas dirigidas por el gobierno, normas que protegen a niñas y niños en línea, el seguimiento de los avances y esfuerzos deliberados para llegar a los estudiantes con mayor riesgo de quedar excluidos.',
    'component.digital-strategy.title': 'Estrategia nacional de educación digital',
    'component.digital-strategy.summary':
      'Una estrategia o un plan nacional de educación digital al servicio de los objetivos del plan sectorial de educación, con metas, costos, un calendario y una unidad responsable.',
    'question.digital-strategy-status.title':
      '¿Existe una estrategia nacional para la transformación digital de la educación?',
    'question.digital-strategy-status.help':
      'Cuenta una estrategia específica, pero también un capítulo del plan sectorial de educación o de la estrategia digital nacional, siempre que se haya adoptado oficialmente. Evidencia: el texto adoptado, el decreto o la fecha de aprobación, el marco de resultados.',
    'question.digital-strategy-status.level.1':
      'No existe una estrategia ni un plan nacional de educación digital; las iniciativas se ponen en marcha proyecto por proyecto.',
    'question.digital-strategy-status.level.2':
      'La estrategia solo existe como borrador, o se adoptó sin metas, sin estimación de costos ni plan de ejecución, o ha expirado sin renovarse.',
    'question.digital-strategy-status.level.3':
      'Está en vigor una estrategia adoptada oficialmente, con metas, un calendario, un plan de ejecución presupuestado y una unidad designada como responsable de llevarla a cabo.',
    'question.digital-strategy-status.level.4':
      'La estrategia en vigor está presupuestada y financiada, sus avances se examinan con respecto a sus metas al menos una vez al año y ya se ha revisado a la luz de esos exámenes.',
    'question.digital-strategy-sector-plan.title':
      '¿En qué medida está vinculada la educación digital al plan sectorial de educación?',
    'question.digital-strategy-sector-plan.help':
      'El plan sectorial de educación es el plan plurianual del gobierno para todo el sector, a menudo respaldado por los socios para el desarrollo. La revisión sectorial conjunta es el examen periódico de ese plan que realizan el gobierno y sus socios.',
    'question.digital-strategy-sector-plan.level.1':
      'El plan sectorial de educación no menciona la tecnología digital, o solo la menciona como una aspiración general.',
    'question.digital-strategy-sector-plan.level.2':
      'El plan sectorial señala la tecnología digital como prioridad, pero las actividades digitales se planifican y presupuestan por separado, a menudo dentro de proyectos financiados por donantes.',
    'question.digital-strategy-sector-plan.level.3':
      'Las actividades digitales figuran en el plan sectorial con sus propios objetivos, indicadores y líneas presupuestarias, cada una vinculada a un objetivo del sector, como el acceso, el aprendizaje o el desarrollo docente.',
    'question.digital-strategy-sector-plan.level.4':
      'Las actividades digitales tienen sus propios objetivos, indicadores y líneas presupuestarias en el plan sectorial, se examinan en cada revisión sectorial conjunta y sus resultados han influido en el ciclo de planificación actual.',
    'question.digital-strategy-leadership.title':
      '¿Quién dirige la educación digital en el ministerio de educación?',
    'question.digital-strategy-leadership.option.no-lead':
      'Ninguna unidad ni persona tiene la educación digital entre sus funciones.',
    'question.digital-strategy-leadership.option.project-unit':
      'Una unidad de proyecto o un punto focal, financiados por un proyecto de duración limitada.',
    'question.digital-strategy-leadership.option.permanent-unit':
      'Una unidad permanente en el organigrama del ministerio, con personal y presupuesto propios.',
    'question.digital-strategy-leadership.option.senior-lead':
      'Una unidad permanente con personal y presupuesto propios, dirigida por un cargo de alta dirección y que informa periódicamente al ministro o al comité de dirección del ministerio.',
    'component.cross-government-coordination.title': 'Coordinación interinstitucional',
    'component.cross-government-coordination.summary':
      'Cómo los ministerios encargados de la educación, las TIC o las telecomunicaciones y las finanzas, los organismos reguladores y las autoridades regionales y locales se reparten los mandatos y las decisiones en materia de educación digital.',
    'question.cross-government-coordination-body.title':
      '¿Existe un organismo que coordine la educación digital entre los ministerios?',
    'question.cross-government-coordination-body.help':
      'Evidencia: el decreto o la resolución de creación del organismo, su mandato, su lista de miembros, las actas de sus últimas reuniones.',
    'question.cross-government-coordination-body.level.1':
      'No existe ningún organismo de coordinación; los ministerios se reúnen solo cuando un proyecto concreto lo exige.',
    'question.cross-government-coordination-body.level.2':
      'Existe un comité o grupo de trabajo, pero se reúne de forma irregular, no tiene un mandato escrito o solo reúne a algunos de los ministerios interesados.',
    'question.cross-government-coordination-body.level.3':
      'Un organismo con mandato formal reúne al menos a los ministerios de educación, de TIC y de finanzas; se reúne según un calendario establecido, levanta actas y cuenta con una secretaría.',
    'question.cross-government-coordination-body.level.4':
      'Un organismo con mandato formal, que incluye al menos a los ministerios de educación, de TIC y de finanzas, adopta decisiones vinculantes para sus miembros, como inversiones conjuntas o normas comunes, y da seguimiento a su aplicación de una reunión a otra.',
    'question.cross-government-coordination-mandates.title':
      '¿Está claro qué ministerio u organismo es responsable de cada aspecto de la educación digital?',
    'question.cross-government-coordination-mandates.level.1':
      'Las responsabilidades no están establecidas por escrito: varios organismos reivindican las mismas tareas, como la compra de dispositivos o la conexión de las escuelas, mientras que otras tareas no corresponden a nadie.',
    'question.cross-government-coordination-mandates.level.2':
      'Las responsabilidades están definidas para algunas tareas, por ejemplo la conectividad de las escuelas, en acuerdos o documentos de proyecto, pero no para la educación digital en su conjunto.',
    'question.cross-government-coordination-mandates.level.3':
      'Un texto oficial o un memorando de entendimiento asigna a cada ministerio, organismo y regulador sus responsabilidades en las principales tareas: conectividad, dispositivos, contenidos, formación docente y datos.',
    'question.cross-government-coordination-mandates.level.4':
      'Las responsabilidades están asignadas en un texto oficial, cada una se corresponde con una línea presupuestaria del organismo que la ejerce, y el organismo de coordinación resuelve las superposiciones o lagunas que surgen en la práctica.',
    'question.cross-government-coordination-regions.title':
      '¿Cómo participan las autoridades educativas regionales y locales?',
    'question.cross-government-coordination-regions.help':
      'Esta pregunta no se aplica cuando el sistema educativo no tiene un nivel regional o local, como ocurre en algunos Estados pequeños.',
    'question.cross-government-coordination-regions.level.1':
      'Las autoridades regionales y locales se enteran de los programas digitales cuando los equipos o las instrucciones llegan a sus escuelas.',
    'question.cross-government-coordination-regions.level.2':
      'Las autoridades regionales reciben información sobre los planes nacionales y deben informar sobre ellos, pero no participan en su diseño ni tienen personal asignado a la educación digital.',
    'question.cross-government-coordination-regions.level.3':
      'Cada región cuenta con una persona o un equipo designado para la educación digital, y las regiones participan en la planificación, por ejemplo fijando el orden en que se equipan sus escuelas.',
    'question.cross-government-coordination-regions.level.4':
      'Las regiones cuentan con personal designado y presupuesto propio para la educación digital y participan en la planificación; los equipos nacionales y regionales examinan juntos los avances al menos una vez al año.',
    'component.partnerships.title': 'Alianzas entre múltiples partes interesadas',
    'component.partnerships.summary':
      'Cómo colabora el gobierno con empresas, organismos de las Naciones Unidas, ONG, donantes y bancos de desarrollo, y cómo mantiene sus contribuciones en consonancia con las prioridades nacionales.',
    'question.partnerships-alignment.title':
      '¿Están las iniciativas financiadas por los socios alineadas con la estrategia nacional?',
    'question.partnerships-alignment.level.1':
      'Los socios diseñan y ejecutan sus propias iniciativas; el ministerio no tiene una lista completa de quién hace qué, ni dónde.',
    'question.partnerships-alignment.level.2':
      'El ministerio lleva una lista de las iniciativas de los socios, pero muchas se diseñan antes de consultarlo, y algunas se superponen o dependen de plataformas que no pueden funcionar entre sí.',
    'question.partnerships-alignment.level.3':
      'El ministerio aprueba cada nueva iniciativa de los socios en función de la estrategia nacional antes de que comience, y mantiene actualizado un mapa de qué socios apoyan qué regiones y componentes.',
    'question.partnerships-alignment.level.4':
      'Los socios financian partes de la estrategia nacional mediante un plan conjunto o un fondo mancomunado e informan sobre indicadores comunes, y el ministerio puede orientar su apoyo hacia las regiones o los componentes desatendidos.',
    'question.partnerships-rules-of-engagement.title':
      '¿Existen reglas de colaboración para las empresas y otros socios que trabajan en las escuelas?',
    'question.partnerships-rules-of-engagement.help':
      'Las reglas de colaboración establecen lo que los socios pueden y no pueden hacer: uso de los datos de los estudiantes, publicidad, propiedad intelectual, conflictos de intereses, y cómo se traspasa o se da por terminado un programa.',
    'question.partnerships-rules-of-engagement.level.1':
      'No se aplica ninguna regla: las ofertas gratuitas de dispositivos, plataformas o contenidos se aceptan caso por caso, sin comprobar cómo se utilizarán los datos ni cuánto costará la oferta más adelante.',
    'question.partnerships-rules-of-engagement.level.2':
      'Existen algunas reglas, como un modelo de acuerdo o la prohibición de la publicidad en las escuelas, pero no abarcan la protección de datos, la propiedad de los contenidos ni lo que ocurre cuando termina el apoyo.',
    'question.partnerships-rules-of-engagement.level.3':
      'Unas reglas publicadas o un acuerdo tipo abarcan la protección de datos, la publicidad, la propiedad intelectual, los conflictos de intereses y las condiciones de salida, y se aplican a todos los socios que trabajan en escuelas públicas.',
    'question.partnerships-rules-of-engagement.level.4':
      'Unas reglas publicadas abarcan todos estos puntos, su cumplimiento se verifica antes de renovar cada acuerdo y las reglas se han revisado al menos una vez con aportaciones de los socios, las escuelas y las familias.',
    'component.policy-regulation.title': 'Políticas y regulación',
    'component.policy-regulation.summary':
      'Las normas que protegen a niñas y niños en línea en la educación digital, y el seguimiento de la aplicación de las políticas de educación digital.',
    'question.policy-regulation-child-protection.title':
      '¿Cómo se protege a niñas y niños en línea en la educación digital?',
    'question.policy-regulation-child-protection.help':
      'La protección de la infancia en línea abarca la exposición a contenidos nocivos, el ciberacoso, el grooming (engaño pederasta) y la explotación, así como el uso indebido de los datos personales de niñas y niños.',
    'question.policy-regulation-child-protection.level.1':
      'Ninguna ley, política ni orientación aborda la seguridad en línea de niñas y niños en las escuelas o en las plataformas educativas.',
    'question.policy-regulation-child-protection.level.2':
      'Existe una ley general o una política nacional de protección de la infancia en línea, pero el sector educativo no la ha traducido en normas u orientaciones para las escuelas y las plataformas.',
    'question.policy-regulation-child-protection.level.3':
      'El ministerio ha dictado normas para las escuelas y las plataformas educativas sobre el filtrado de contenidos, la notificación de incidentes y el tratamiento de los datos personales de los estudiantes, y estas normas forman parte de las orientaciones escolares y de la formación docente.',
    'question.policy-regulation-child-protection.level.4':
      'Las normas para las escuelas y las plataformas se hacen cumplir: los incidentes se registran y se les da seguimiento a través de un canal de denuncia conocido por las escuelas y las familias, y las normas se revisan a medida que surgen nuevos riesgos, como las herramientas de IA generativa.',
    'question.policy-regulation-monitoring.title':
      '¿Cómo se da seguimiento a la aplicación de la política de educación digital?',
    'question.policy-regulation-monitoring.level.1':
      'Nadie da seguimiento a la aplicación: no hay indicadores ni informes periódicos sobre la educación digital.',
    'question.policy-regulation-monitoring.level.2':
      'Cada proyecto informa a sus financiadores sobre sus propios indicadores, pero nadie reúne los resultados en un panorama nacional.',
    'question.policy-regulation-monitoring.level.3':
      'Se informa al menos una vez al año sobre un conjunto nacional de indicadores (como la proporción de escuelas conectadas, el número de estudiantes por dispositivo o de docentes formados), desglosados por región y, en el caso de los estudiantes, por sexo y discapacidad cuando los datos lo permiten.',
    'question.policy-regulation-monitoring.level.4':
      'Se informa sobre los indicadores nacionales al menos una vez al año con esos desgloses, el informe se publica o se comparte con los socios y con el organismo de coordinación, y las brechas entre grupos o regiones dan lugar a cambios documentados en los planes o los presupuestos.',
    'component.inclusion.title': 'Equidad e inclusión',
    'component.inclusion.summary':
      'Si los estudiantes con mayor riesgo de quedar excluidos del aprendizaje digital se contabilizan, se tienen en cuenta en la planificación y se les llega: niñas y mujeres docentes, estudiantes refugiados, desplazados internos y migrantes, y estudiantes de zonas remotas y rurales. Los estudiantes con discapacidad se abordan en las preguntas sobre accesibilidad de los espacios de aprendizaje y de los contenidos digitales.',
    'question.inclusion-gender.title':
      '¿Cómo se abordan las brechas de género en el aprendizaje digital?',
    'question.inclusion-gender.help':
      'Las brechas de género en el aprendizaje digital son diferencias entre niñas y niños, o entre mujeres y hombres docentes, en el acceso a dispositivos y conectividad, en las competencias digitales o en la matriculación en cursos de tecnología digital e informática. Las medidas específicas incluyen la mentoría, los clubes para niñas, el acceso seguro a dispositivos en la escuela y las plazas reservadas a mujeres en la formación digital.',
    'question.inclusion-gender.level.1':
      'Ningún dato sobre el acceso digital o las competencias digitales está desglosado por sexo, y ninguna medida está dirigida a las niñas ni a las mujeres docentes.',
    'question.inclusion-gender.level.2':
      'Existen algunos datos desglosados por sexo, por ejemplo procedentes de una encuesta o de un proyecto, pero la estrategia de educación digital no fija ninguna meta ni prevé medidas para cerrar las brechas que revelan.',
    'question.inclusion-gender.level.3':
      'El acceso digital y las competencias digitales de estudiantes y docentes se miden por sexo al menos cada dos años, y la estrategia fija metas para cerrar las brechas detectadas, con medidas dirigidas a las niñas y a las mujeres docentes.',
    'question.inclusion-gender.level.4':
      'Las brechas se miden por sexo al menos cada dos años con respecto a las metas fijadas en la estrategia; las medidas específicas tienen su propia línea presupuestaria, cada año se informa sobre la evolución de las brechas, y las medidas que no han reducido una brecha se han revisado.',
    'question.inclusion-displaced-learners.title':
      '¿Cómo se incluye a los estudiantes refugiados, desplazados internos y migrantes en el aprendizaje digital nacional?',
    'question.inclusion-displaced-learners.help':
      'El aprendizaje digital nacional abarca las plataformas, los contenidos, los dispositivos y las cuentas que el sistema nacional ofrece a sus propios estudiantes, por oposición a una oferta separada destinada únicamente a estos estudiantes. Una lengua que comprenden puede ser su lengua materna, o la lengua de instrucción con apoyo lingüístico. Esta pregunta no se aplica si el país no acoge a estudiantes refugiados, desplazados internos ni migrantes; un país que acoja a alguno, aunque sean pocos, debe responderla.',
    'question.inclusion-displaced-learners.level.1':
      'Los programas nacionales de aprendizaje digital no prevén nada para estos estudiantes; el aprendizaje digital que reciben, si lo reciben, procede de proyectos humanitarios puntuales.',
    'question.inclusion-displaced-learners.level.2':
      'Algunos de estos estudiantes participan en el aprendizaje digital, pero a través de una oferta paralela gestionada por organismos humanitarios o de las Naciones Unidas, con sus propias plataformas, contenidos y registros, al margen de los sistemas nacionales.',
    'question.inclusion-displaced-learners.level.3':
      'La política nacional otorga a estos estudiantes el mismo acceso que al resto a las plataformas, los contenidos, los dispositivos y las cuentas nacionales; figuran en los datos educativos nacionales y reciben contenidos o apoyo lingüístico en una lengua que comprenden.',
    'question.inclusion-displaced-learners.level.4':
      'Estos estudiantes tienen el mismo acceso que el resto, figuran en los datos educativos nacionales y reciben contenidos o apoyo en una lengua que comprenden; su acceso y su uso se comparan con los de los estudiantes de la comunidad de acogida al menos una vez al año, y la oferta se financia con cargo al presupuesto nacional o a un plan plurianual acordado con los socios.',
    'question.inclusion-remote-learners.title':
      '¿Acceden los estudiantes de zonas remotas al aprendizaje digital en las mismas condiciones que los de zonas urbanas?',
    'question.inclusion-remote-learners.help':
      'Las zonas remotas son zonas rurales y aisladas, alejadas de las ciudades y de las redes principales, como montañas, islas, desiertos o bosques. En las mismas condiciones significa con conectividad, dispositivos, contenidos y apoyo comparables.',
    'question.inclusion-remote-learners.level.1':
      'Nadie compara el acceso digital de las escuelas remotas y las urbanas, y los programas nacionales llegan por defecto primero a las escuelas urbanas.',
    'question.inclusion-remote-learners.level.2':
      'Los datos, como los del censo escolar, muestran la brecha entre las escuelas remotas y las urbanas, pero los programas no fijan ninguna meta ni prevén una oferta específica para las zonas remotas.',
    'question.inclusion-remote-learners.level.3':
      'La brecha se mide, y la estrategia fija metas para las escuelas remotas, como una proporción de escuelas conectadas y equipadas para un año determinado, con una oferta financiada y adaptada a ellas: redes satelitales o comunitarias, energía solar, contenidos sin conexión, equipos de apoyo itinerantes.',
    'question.inclusion-remote-learners.level.4':
      'Las metas y la oferta financiada para las escuelas remotas se revisan cada año con respecto a los datos, y los datos más recientes muestran que las escuelas remotas están conectadas y equipadas casi en la misma proporción que las urbanas.',
    'pillar.connectivity-infrastructure.title': 'Conectividad e infraestructura',
    'pillar.connectivity-infrastructure.summary':
      'La base física del aprendizaje digital: la electricidad e internet en las escuelas, los dispositivos que utilizan estudiantes y docentes y el soporte que los mantiene en funcionamiento, el software y las identidades digitales que dan acceso a los servicios, y espacios de aprendizaje aptos para el uso digital, prestando atención a la energía que consumen.',
    'component.electricity-internet.title': 'Electricidad y acceso a internet',
    'component.electricity-internet.summary':
      'Si las escuelas disponen de un suministro eléctrico fiable, conectado o no a la red, y de una conexión a internet que funcione con un ancho de banda suficiente para la enseñanza; si el gobierno sabe qué escuelas están conectadas y con qué calidad; y si las conexiones se proporcionan de forma duradera.',
    'question.electricity-internet-power.title':
      '¿Cuántas escuelas disponen de electricidad fiable durante toda la jornada escolar?',
    'question.electricity-internet-power.help':
      'Cuente una escuela si dispuso de electricidad durante todo el horario escolar en casi todos los días lectivos del último mes, ya sea de la red eléctrica o de una fuente autónoma, como paneles solares con baterías. No cuenta una escuela que se queda sin electricidad casi todas las tardes o cuyo generador a menudo carece de combustible.',
    'question.electricity-internet-power.level.1':
      'Menos de la mitad de las escuelas disponen de electricidad fiable durante toda la jornada escolar.',
    'question.electricity-internet-power.level.2':
      'Al menos la mitad de las escuelas, pero menos de las tres cuartas partes, disponen de electricidad fiable durante toda la jornada escolar.',
    'question.electricity-internet-power.level.3':
      'Al menos las tres cuartas partes de las escuelas, pero menos de nueve de cada diez, disponen de electricidad fiable durante toda la jornada escolar.',
    'question.electricity-internet-power.level.4':
      'Al menos nueve de cada diez escuelas disponen de electricidad fiable durante toda la jornada escolar.',
    'question.electricity-internet-connectivity.title':
      '¿En qué proporción de escuelas se utiliza para el aprendizaje una conexión a internet que funciona?',
    'question.electricity-internet-connectivity.help':
      'Cuente una escuela como conectada solo si su conexión funcionó durante el último mes y se utiliza en las clases o por los estudiantes, no solo en la administración de la escuela. A modo de comparación, el Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO constató que el 40 % de las escuelas primarias, el 50 % de las de primer ciclo de secundaria y el 65 % de las de segundo ciclo de secundaria de todo el mundo estaban conectadas a internet.',
    'question.electricity-internet-connectivity.level.1':
      'Menos de una cuarta parte de las escuelas tienen una conexión a internet que funciona y se utiliza para el aprendizaje.',
    'question.electricity-internet-connectivity.level.2':
      'Al menos una cuarta parte de las escuelas, pero menos de la mitad, tienen una conexión a internet que funciona y se utiliza para el aprendizaje.',
    'question.electricity-internet-connectivity.level.3':
      'Al menos la mitad de las escuelas, pero menos de las tres cuartas partes, tienen una conexión a internet que funciona y se utiliza para el aprendizaje.',
    'question.electricity-internet-connectivity.level.4':
      'Al menos las tres cuartas partes de las escuelas tienen una conexión a internet que funciona y se utiliza para el aprendizaje.',
    'question.electricity-internet-off-grid.title':
      '¿Cómo se abastecen de electricidad las escuelas que no están conectadas a la red eléctrica?',
    'question.electricity-internet-off-grid.help':
      'Las soluciones autónomas incluyen paneles solares con baterías, pequeños sistemas eólicos o hidráulicos y minirredes locales. Entre las escuelas sin conexión a la red figuran aquellas cuyo suministro de la red falla con tanta frecuencia que no se puede contar con él. Esta pregunta no se aplica cuando todas las escuelas están conectadas a una red fiable durante toda la jornada escolar, y solo en ese caso.',
    'question.electricity-internet-off-grid.level.1':
      'No hay una lista de las escuelas que necesitan una solución autónoma; las que no están conectadas a la red no tienen electricidad, o solo la que ha instalado un proyecto o la comunidad.',
    'question.electricity-internet-off-grid.level.2':
      'Las escuelas sin conexión a la red están inventariadas, y algunas han recibido sistemas solares u otros sistemas autónomos a través de proyectos, pero ningún plan establece qué solución recibirá cada escuela y nadie es responsable del mantenimiento de los sistemas instalados.',
    'question.electricity-internet-off-grid.level.3':
      'Un plan fija la solución autónoma y la fecha para cada escuela sin conexión a la red, y un organismo designado, con presupuesto, mantiene los sistemas instalados, incluida la sustitución de las baterías.',
    'question.electricity-internet-off-grid.level.4':
      'El plan se está ejecutando con un mantenimiento financiado, casi todas las escuelas sin conexión a la red tienen un sistema que funciona, y la electricidad que suministra cada sistema se supervisa, a distancia o mediante informes periódicos, de modo que las averías se reparan en un plazo establecido.',
    'question.electricity-internet-bandwidth.title':
      '¿Alcanza el ancho de banda por estudiante en las escuelas conectadas un umbral explícito?',
    'question.electricity-internet-bandwidth.help':
      'El ancho de banda por estudiante es la velocidad medida de la conexión de una escuela dividida por su número de estudiantes, lo que permite comparar escuelas de distinto tamaño. Utilice el umbral nacional si el país lo ha fijado; de lo contrario, indique en su comentario el umbral utilizado, por ejemplo en kilobits por segundo por estudiante.',
    'question.electricity-internet-bandwidth.level.1':
      'No se ha fijado ningún umbral y no se mide la velocidad real de las conexiones escolares.',
    'question.electricity-internet-bandwidth.level.2':
      'Se ha fijado un umbral, pero las velocidades reales no se miden con regularidad: se conocen, en el mejor de los casos, solo para algunas escuelas conectadas, a partir de pruebas ocasionales o de las velocidades que figuran en los contratos.',
    'question.electricity-internet-bandwidth.level.3':
      'Se ha fijado un umbral, las velocidades reales se miden al menos una vez al año en la mayoría de las escuelas conectadas, y al menos la mitad de las escuelas conectadas alcanzan el umbral.',
    'question.electricity-internet-bandwidth.level.4':
      'Se ha fijado un umbral, las velocidades reales se miden de forma continua en casi todas las escuelas conectadas, mediante una aplicación de medición o los datos de supervisión de los operadores, y casi todas las escuelas conectadas alcanzan el umbral.',
    'question.electricity-internet-mapping.title':
      '¿En qué medida conoce el gobierno la conectividad de cada escuela?',
    'question.electricity-internet-mapping.level.1':
      'No hay ninguna lista ni mapa de las escuelas conectadas; las cifras disponibles proceden de encuestas ocasionales o de los operadores.',
    'question.electricity-internet-mapping.level.2':
      'El censo escolar registra si cada escuela tiene electricidad e internet, pero no el tipo de conexión, su velocidad ni si funciona realmente.',
    'question.electricity-internet-mapping.level.3':
      'Un mapa de todas las escuelas con sus coordenadas geográficas indica la fuente de energía, el tipo de conexión y el ancho de banda contratado de cada una, y se actualiza al menos una vez al año.',
    'question.electricity-internet-mapping.level.4':
      'El mapa escolar se completa con mediciones de la velocidad real y del tiempo de disponibilidad, procedentes de una aplicación de medición o de los datos de los operadores, y se utiliza para decidir qué escuelas conectar a continuación y para comprobar que los operadores prestan el servicio por el que se les paga.',
    'question.electricity-internet-provision.title':
      '¿Qué grado de permanencia tienen los mecanismos que mantienen conectadas a internet las escuelas?',
    'question.electricity-internet-provision.help':
      'Un mecanismo es la forma en que se proporcionan y se pagan las conexiones: una red educativa nacional o regional, contratos marco con operadores, una asignación periódica dentro de las subvenciones escolares reservada a la conectividad, o una subvención de los contratos que las propias escuelas firman, como en el modelo E-Rate, en el que las escuelas compran el servicio a un proveedor y un fondo paga parte de la factura. Aquí no importa quién firma el contrato; lo que cuenta es si el mecanismo perdura y cuántas escuelas abarca. La fibra, la banda ancha móvil, el satélite y las redes comunitarias construidas y gestionadas por las comunidades locales pueden formar parte de él.',
    'question.electricity-internet-provision.level.1':
      'No existe ningún mecanismo público: las escuelas conectadas dependen de lo que pagan el personal o las familias, a menudo un plan de datos móviles, y pierden el servicio cuando se acaba ese dinero.',
    'question.electricity-internet-provision.level.2':
      'Fondos públicos o de donantes pagan las conexiones de algunas escuelas, mediante proyectos de duración limitada o subvenciones puntuales, y no hay nada previsto para pagar el servicio cuando terminen.',
    'question.electricity-internet-provision.level.3':
      'Un mecanismo duradero, establecido por escrito y financiado con cargo al presupuesto ordinario o a un fondo específico, paga las conexiones de la mayoría de las escuelas conectadas, ya sea mediante una red educativa, contratos marco o una subvención de los contratos que firman las propias escuelas.',
    'question.electricity-internet-provision.level.4':
      'Un mecanismo duradero, establecido por escrito y financiado para varios años, abarca a casi todas las escuelas, incluidas las remotas, y ya se ha renovado o vuelto a licitar al menos una vez sin que las escuelas perdieran el servicio.',
    'component.hardware-devices.title': 'Equipos y dispositivos',
    'component.hardware-devices.summary':
      'Las computadoras, tabletas, proyectores y otros dispositivos a disposición de estudiantes y docentes: la política que decide quién recibe qué y por qué, con qué frecuencia los utilizan los estudiantes y cuántos comparten cada uno, cómo se mantienen en funcionamiento y se les da soporte, y qué ocurre con ellos al final de su vida útil.',
    'question.hardware-devices-policy.title':
      '¿Existe una política nacional sobre dispositivos para estudiantes y docentes?',
    'question.hardware-devices-policy.help':
      'Modelo uno a uno: cada estudiante tiene un dispositivo. Modelos compartidos: salas de informática, carros móviles que se desplazan de un aula a otra, o un dispositivo del docente conectado a un proyector.',
    'question.hardware-devices-policy.level.1':
      'No hay ninguna política de dispositivos: los dispositivos llegan mediante donaciones o proyectos, en los modelos y las cantidades que eligen sus patrocinadores.',
    'question.hardware-devices-policy.level.2':
      'Una política o un programa fija metas de dotación de dispositivos, por ejemplo una tableta por estudiante en un grado determinado, pero dice poco sobre cómo se utilizarán en la enseñanza, cómo se mantendrán o cómo se sustituirán.',
    'question.hardware-devices-policy.level.3':
      'Una política nacional de dispositivos establece qué dispositivos se destinan a qué niveles educativos y con qué finalidad pedagógica (salas compartidas, carros móviles, modelo uno a uno, dispositivos para docentes), fija especificaciones mínimas y prevé la formación, los contenidos, el mantenimiento y la sustitución junto con los dispositivos.',
    'question.hardware-devices-policy.level.4':
      'Una política nacional de dispositivos de este tipo se puso a prueba antes de ampliar su escala, se revisa a partir de la evidencia sobre el uso real de los dispositivos y su costo, y sus especificaciones favorecen la eficiencia energética, la reparabilidad y la accesibilidad.',
    'question.hardware-devices-availability.title':
      '¿En cuántas escuelas utilizan los estudiantes dispositivos en clase cada semana?',
    'question.hardware-devices-availability.help':
      'Cuente una escuela si los estudiantes de la mayoría de sus clases utilizan dispositivos en las lecciones al menos una vez por semana: computadoras de escritorio o portátiles y tabletas en buen estado de funcionamiento, compartidos o individuales. No cuentan un proyector ni una pizarra interactiva utilizados solo por el docente, ni los teléfonos propios de los estudiantes.',
    'question.hardware-devices-availability.level.1':
      'Los estudiantes utilizan dispositivos en clase cada semana en menos de una de cada cinco escuelas.',
    'question.hardware-devices-availability.level.2':
      'Los estudiantes utilizan dispositivos en clase cada semana en al menos una de cada cinco escuelas, pero en menos de la mitad de ellas.',
    'question.hardware-devices-availability.level.3':
      'Los estudiantes utilizan dispositivos en clase cada semana en al menos la mitad de las escuelas, pero en menos de nueve de cada diez.',
    'question.hardware-devices-availability.level.4':
      'Los estudiantes utilizan dispositivos en clase cada semana en casi todas las escuelas: al menos nueve de cada diez.',
    'question.hardware-devices-ratio.title':
      '¿Cuántos estudiantes comparten cada dispositivo disponible para el aprendizaje?',
    'question.hardware-devices-ratio.help':
      'Divida el número de estudiantes de los niveles considerados entre el número de computadoras y tabletas en buen estado de funcionamiento disponibles para su aprendizaje, contando todas las escuelas, no solo las equipadas. Los umbrales que figuran a continuación son una propuesta de esta herramienta; en su lugar puede utilizarse un umbral fijado en la política nacional, indicándolo en el comentario.',
    'question.hardware-devices-ratio.level.1':
      'No se conoce el número de estudiantes por dispositivo, o más de 20 estudiantes comparten cada dispositivo.',
    'question.hardware-devices-ratio.level.2':
      'Se conoce el número, y entre 6 y 20 estudiantes comparten cada dispositivo.',
    'question.hardware-devices-ratio.level.3':
      'Se conoce el número, y entre 2 y 5 estudiantes comparten cada dispositivo; una proporción de 2 corresponde al nivel 4 cuando la norma nacional es un dispositivo por cada dos estudiantes.',
    'question.hardware-devices-ratio.level.4':
      'Se conoce el número, y hay un dispositivo por estudiante, o uno por cada dos estudiantes cuando esa es la norma nacional.',
    'question.hardware-devices-maintenance.title':
      '¿Cómo se mantienen en buen estado de funcionamiento los dispositivos escolares?',
    'question.hardware-devices-maintenance.help':
      'Esta pregunta se refiere únicamente al mantenimiento y la reparación. El costo de sustitución de los dispositivos se trata en el costo total de propiedad, y su eliminación, en la pregunta sobre el final de la vida útil.',
    'question.hardware-devices-maintenance.level.1':
      'El mantenimiento no es tarea de nadie: los dispositivos averiados quedan sin uso y nadie sabe cuántos están fuera de servicio.',
    'question.hardware-devices-maintenance.level.2':
      'Se realizan algunas reparaciones, en virtud de una garantía o de un contrato con el proveedor, o gracias a un docente voluntario, pero no hay un inventario de los dispositivos y de su estado, ni presupuesto para reparaciones una vez vencidas las garantías.',
    'question.hardware-devices-maintenance.level.3':
      'Un inventario registra los dispositivos de cada escuela y su estado, y un servicio de mantenimiento financiado, propio, regional o contratado, realiza el mantenimiento preventivo y las reparaciones en todas las escuelas.',
    'question.hardware-devices-maintenance.level.4':
      'Un servicio de mantenimiento financiado abarca todas las escuelas, el inventario se actualiza al menos una vez al año y muestra la proporción de dispositivos en buen estado de funcionamiento en cada escuela, y en la última actualización casi todos los dispositivos registrados funcionaban.',
    'question.hardware-devices-technical-support.title':
      '¿Cómo obtienen las escuelas ayuda técnica con su equipamiento digital?',
    'question.hardware-devices-technical-support.help':
      'El personal de soporte técnico ayuda a docentes y estudiantes cuando los dispositivos, las redes o las cuentas no funcionan. Puede estar destinado en una escuela o compartido entre escuelas cercanas, por ejemplo un técnico para un distrito. Un plazo de respuesta es el tiempo en el que debe atenderse una solicitud.',
    'question.hardware-devices-technical-support.level.1':
      'Las escuelas no tienen soporte técnico: los docentes resuelven los problemas por sí mismos o esperan la visita de un proyecto o de un proveedor.',
    'question.hardware-devices-technical-support.level.2':
      'Algunas escuelas tienen soporte técnico, por ejemplo un docente al que se le asigna la tarea sin tiempo ni formación, o una línea de asistencia gestionada por un proyecto, pero la mayoría no lo tiene y no se ha fijado ningún plazo de respuesta.',
    'question.hardware-devices-technical-support.level.3':
      'Todas las escuelas pueden recurrir a personal de soporte técnico, en el propio centro o compartido entre escuelas cercanas, cuyas funciones, tiempo de trabajo y plazos de respuesta están establecidos por escrito.',
    'question.hardware-devices-technical-support.level.4':
      'Todas las escuelas pueden recurrir a personal de soporte técnico cuyas funciones, tiempo de trabajo y plazos de respuesta están establecidos por escrito; las solicitudes se registran, se informa sobre los plazos de respuesta al menos una vez al año y casi todas las solicitudes se atienden en el plazo establecido.',
    'question.hardware-devices-e-waste.title':
      '¿Qué ocurre con los dispositivos escolares al final de su vida útil?',
    'question.hardware-devices-e-waste.help':
      'Los residuos electrónicos son aparatos eléctricos y electrónicos desechados. Contienen sustancias peligrosas y también materiales recuperables, por lo que deben reutilizarse, reacondicionarse o reciclarse por un reciclador certificado o autorizado, en lugar de verterse o quemarse.',
    'question.hardware-devices-e-waste.level.1':
      'No se aplica ninguna regla: los dispositivos al final de su vida útil se amontonan en las escuelas, se tiran con los residuos ordinarios o se queman.',
    'question.hardware-devices-e-waste.level.2':
      'Hay reglas que establecen cómo se dan de baja los dispositivos del inventario público, pero no adónde van después: los dispositivos dados de baja se venden, se regalan o se desechan sin comprobar qué ocurre con ellos.',
    'question.hardware-devices-e-waste.level.3':
      'Unas reglas escritas exigen que los dispositivos al final de su vida útil se reutilicen o reacondicionen cuando sea posible y, en caso contrario, se entreguen a un reciclador de residuos electrónicos certificado o autorizado, y las escuelas saben cómo solicitar su recogida.',
    'question.hardware-devices-e-waste.level.4':
      'Estas reglas escritas se aplican: cada año se registra el número de dispositivos reutilizados, reacondicionados y reciclados, y los registros muestran que casi todos los dispositivos retirados pasan por estos canales.',
    'component.software-services.title': 'Software y servicios',
    'component.software-services.summary':
      'Los sistemas operativos, las aplicaciones y los servicios en línea de los que dependen las escuelas: cómo se obtienen sus licencias, y si estudiantes y docentes tienen una identidad digital única que les abre los servicios que necesitan.',
    'question.software-services-licensing.title':
      '¿Cómo se obtienen las licencias del software que utilizan las escuelas?',
    'question.software-services-licensing.help':
      'Aquí el software incluye las plataformas y los servicios en línea utilizados mediante suscripción. El software de código abierto se distribuye con una licencia que permite a cualquiera usarlo, estudiarlo, modificarlo y compartirlo. Los estándares abiertos son especificaciones publicadas que cualquier producto puede aplicar. Una licencia nacional es un acuerdo negociado por el ministerio que abarca todas sus escuelas.',
    'question.software-services-licensing.level.1':
      'El software viene con los dispositivos donados o adquiridos o lo elige cada escuela; no se lleva un control de las licencias, y parte del software en uso carece de licencia o es una versión de prueba.',
    'question.software-services-licensing.level.2':
      'El ministerio compra algunas licencias de forma centralizada, pero no hay un catálogo de herramientas aprobadas ni una regla para elegir entre opciones de código abierto y propietarias.',
    'question.software-services-licensing.level.3':
      'Existe un catálogo de software y plataformas aprobados; las licencias se gestionan de forma centralizada, con fechas de renovación y costos conocidos, y las opciones de código abierto y propietarias se comparan en función del costo total, la protección de datos y la compatibilidad con estándares abiertos.',
    'question.software-services-licensing.level.4':
      'Las licencias se gestionan de forma centralizada a partir de un catálogo de este tipo, y las opciones se comparan de la misma manera; el catálogo se revisa con los docentes al menos cada dos años, el software propietario está cubierto por licencias nacionales negociadas para todas las escuelas públicas, y se hace un seguimiento del uso de las licencias para cancelar las que no se utilizan.',
    'question.software-services-digital-identity.title':
      '¿Una identidad digital única da a estudiantes y docentes acceso a los servicios que necesitan?',
    'question.software-services-digital-identity.help':
      'Una identidad digital es una cuenta educativa que reconocen varios servicios. El inicio de sesión único significa que con una sola identificación se accede a todos ellos: plataforma de aprendizaje, correo electrónico, libros de texto digitales, portal de gestión escolar. Gestionada con respeto de la privacidad significa que la cuenta contiene solo los datos personales que los servicios necesitan, y que unas reglas escritas establecen quién puede verlos.',
    'question.software-services-digital-identity.level.1':
      'El sistema educativo no proporciona cuentas: cada servicio que requiere identificación tiene la suya, a menudo abierta con una dirección de correo electrónico o un número de teléfono personales.',
    'question.software-services-digital-identity.level.2':
      'El ministerio o un proyecto proporciona cuentas educativas a algunos docentes o estudiantes, pero cada servicio sigue teniendo su propia cuenta, y las cuentas no se cierran cuando las personas se van.',
    'question.software-services-digital-identity.level.3':
      'Cada docente, y cada estudiante de los niveles considerados, puede tener una única cuenta educativa, creada a partir de los registros oficiales, que da acceso a los principales servicios mediante inicio de sesión único, y unas reglas escritas limitan los datos personales que contiene y quién puede verlos.',
    'question.software-services-digital-identity.level.4':
      'Casi todos los docentes y estudiantes de los niveles considerados utilizan una única cuenta educativa con inicio de sesión único en los principales servicios; las cuentas se abren, actualizan y cierran automáticamente a medida que las personas llegan, cambian de escuela o se van; y las reglas de privacidad escritas se verifican cada vez que se conecta un nuevo servicio.',
    'component.learning-spaces.title': 'Espacios de aprendizaje',
    'component.learning-spaces.summary':
      'Aulas, salas de informática, bibliotecas y otros espacios acondicionados para el aprendizaje digital: tomas de corriente, carga y almacenamiento seguro, wifi, distribución del espacio, acceso para estudiantes con discapacidad y la energía que consume su equipamiento digital.',
    'question.learning-spaces-design.title':
      '¿Están las aulas y otros espacios de aprendizaje diseñados para el uso digital?',
    'question.learning-spaces-design.level.1':
      'Las aulas no están equipadas para el uso digital: pocas tienen tomas de corriente y no hay ningún lugar seguro para guardar o cargar los dispositivos.',
    'question.learning-spaces-design.level.2':
      'Algunas escuelas tienen una sala de informática o un espacio reacondicionado, pero las aulas ordinarias no están equipadas y las normas de construcción escolar no dicen nada sobre el uso digital.',
    'question.learning-spaces-design.level.3':
      'Las normas nacionales de construcción y renovación de escuelas exigen tomas de corriente, carga y almacenamiento seguros y cobertura wifi en las aulas, y las escuelas nuevas o renovadas las cumplen.',
    'question.learning-spaces-design.level.4':
      'Estas normas se aplican también a las escuelas existentes, mediante un plan de adecuación financiado; los espacios están organizados para el trabajo en grupo y un uso flexible, y su estado se verifica en las inspecciones escolares.',
    'question.learning-spaces-accessibility.title':
      '¿Pueden los estudiantes con discapacidad utilizar los espacios y las herramientas de aprendizaje digital?',
    'question.learning-spaces-accessibility.level.1':
      'No se tiene en cuenta a los estudiantes con discapacidad al planificar los espacios y equipos digitales: la mayoría de las salas de informática no son accesibles para una persona en silla de ruedas y no se proporciona tecnología de apoyo.',
    'question.learning-spaces-accessibility.level.2':
      'Algunas escuelas, a menudo especializadas, disponen de tecnología de apoyo gracias a proyectos u ONG, pero ninguna norma nacional exige que los espacios o las herramientas digitales sean accesibles.',
    'question.learning-spaces-accessibility.level.3':
      'Las normas nacionales exigen que los espacios de aprendizaje digital sean físicamente accesibles y que se proporcione tecnología de apoyo cuando un estudiante la necesite, y los nuevos espacios y las nuevas adquisiciones las cumplen.',
    'question.learning-spaces-accessibility.level.4':
      'Estas normas se aplican en las escuelas ordinarias de todo el país: se identifican las necesidades de los estudiantes, la tecnología de apoyo se proporciona y se mantiene con cargo a una línea presupuestaria, y la accesibilidad se verifica en las inspecciones escolares.',
    'question.learning-spaces-energy.title':
      '¿Cómo se gestiona la energía que consume el equipamiento digital de las escuelas?',
    'question.learning-spaces-energy.help':
      'Esta pregunta se refiere a la sostenibilidad ambiental: la electricidad que consumen los dispositivos, las redes y los servidores de las escuelas, y su procedencia. Los dispositivos energéticamente eficientes son los que cumplen una etiqueta de eficiencia energética reconocida o los criterios establecidos en la licitación.',
    'question.learning-spaces-energy.level.1':
      'No se tiene en cuenta el consumo de energía: las compras ignoran la eficiencia energética, los equipos quedan encendidos por la noche y nadie sabe cuánta electricidad consume el equipamiento digital.',
    'question.learning-spaces-energy.level.2':
      'Existen algunas medidas, como criterios de eficiencia energética en algunas licitaciones o recomendaciones para apagar los equipos, pero no son obligatorias y el consumo no se mide.',
    'question.learning-spaces-energy.level.3':
      'Se exigen criterios de eficiencia energética en todas las licitaciones de dispositivos y redes, se aplican de forma centralizada configuraciones de ahorro de energía en los dispositivos, y la electricidad consumida se mide, mediante contadores o facturas, al menos en una muestra de escuelas.',
    'question.learning-spaces-energy.level.4':
      'Se exigen criterios de eficiencia energética en todas las licitaciones y las configuraciones de ahorro de energía se aplican de forma centralizada; el consumo se mide en la mayoría de las escuelas y se informa sobre él cada año, y se está ejecutando un plan financiado para reducirlo o para abastecer a las escuelas con energía renovable, como la solar.',
    'pillar.cost-sustainability.title': 'Costo y sostenibilidad',
    'pillar.cost-sustainability.summary':
      'Si la educación digital se financia de forma duradera: un plan presupuestado con sus propias líneas presupuestarias, presupuestos que cubren tanto los costos de funcionamiento como las compras, adquisiciones que obtienen una buena relación calidad-precio y fuentes de financiamiento más allá del presupuesto de educación.',
    'component.financing-strategy.title': 'Estrategia de financiamiento',
    'component.financing-strategy.summary':
      'Un plan presupuestado de educación digital, líneas específicas en el presupuesto de educación y reglas de asignación que dirigen los fondos allí donde más se necesitan.',
    'question.financing-strategy-costing.title':
      '¿Se ha estimado el costo de la estrategia de educación digital año por año?',
    'question.financing-strategy-costing.help':
      'Una estimación de costos año por año muestra, para cada año de la estrategia, cuánto costará cada acción, separando la inversión (equipos, conexiones) de los costos de funcionamiento (suscripciones, mantenimiento, personal, formación). El marco de gasto de mediano plazo (MGMP) es el plan presupuestario renovable del gobierno a tres o cinco años. La procedencia de los fondos se pregunta en las preguntas sobre las líneas presupuestarias y sobre el financiamiento innovador.',
    'question.financing-strategy-costing.level.1':
      'Nadie ha estimado cuánto costarán los planes de educación digital del país.',
    'question.financing-strategy-costing.level.2':
      'Se han estimado los costos de algunos proyectos, a menudo por parte de los socios, o un total único para la estrategia, pero la estrategia en su conjunto no está desglosada por año.',
    'question.financing-strategy-costing.level.3':
      'Se ha estimado el costo de toda la estrategia año por año durante todo su período de vigencia, acción por acción, con la inversión y los costos de funcionamiento presentados por separado.',
    'question.financing-strategy-costing.level.4':
      'La estimación de costos año por año de toda la estrategia, con la inversión y los costos de funcionamiento presentados por separado, se actualiza al menos una vez al año con el gasto real y se utiliza para preparar el marco de gasto de mediano plazo y el presupuesto anual.',
    'question.financing-strategy-budget-lines.title':
      '¿Tiene el presupuesto nacional de educación líneas presupuestarias para la educación digital?',
    'question.financing-strategy-budget-lines.level.1':
      'El presupuesto nacional no tiene ninguna línea presupuestaria para la educación digital; el gasto que haya procede de donantes o de asignaciones puntuales.',
    'question.financing-strategy-budget-lines.level.2':
      'El gasto digital figura en el presupuesto, pero oculto dentro de otras líneas o como inversiones puntuales, por lo que no se puede rastrear y varía mucho de un año a otro.',
    'question.financing-strategy-budget-lines.level.3':
      'El presupuesto de educación tiene líneas identificables para la educación digital, que cubren tanto la inversión como los costos de funcionamiento, y cada año se informa sobre el gasto correspondiente.',
    'question.financing-strategy-budget-lines.level.4':
      'Las líneas identificables de inversión y de costos de funcionamiento se planifican a varios años en el marco de gasto de mediano plazo, y en cada uno de los dos últimos años se ejecutó más del 80 % de los montos aprobados.',
    'question.financing-strategy-allocation.title':
      '¿Cómo se reparten los fondos de educación digital entre las regiones y las escuelas?',
    'question.financing-strategy-allocation.level.1':
      'No hay reglas de asignación: los fondos y los equipos van a las escuelas que los piden, a las más fáciles de alcanzar o a las que elige un proyecto.',
    'question.financing-strategy-allocation.level.2':
      'Algunos programas tienen criterios de selección, pero no se publican o no se aplican de forma coherente, y las escuelas urbanas siguen estando mejor atendidas que las rurales.',
    'question.financing-strategy-allocation.level.3':
      'Una fórmula de asignación o un conjunto de criterios publicados da una ponderación adicional al aislamiento, la pobreza y el número de estudiantes con discapacidad, y se aplica a todos los programas nacionales.',
    'question.financing-strategy-allocation.level.4':
      'Una fórmula publicada, ponderada según las necesidades, se aplica por igual a los programas nacionales y a los financiados por los socios, y los datos anuales muestran que se reduce la brecha de equipamiento y conectividad entre las escuelas favorecidas y las desfavorecidas.',
    'component.total-cost-of-ownership.title': 'Costo total de propiedad',
    'component.total-cost-of-ownership.summary':
      'Planificar todo lo que cuesta una tecnología a lo largo de su vida útil, no solo su compra: tarifas de conectividad, electricidad, mantenimiento, soporte, formación, contenidos, licencias y sustitución.',
    'question.total-cost-of-ownership-estimates.title':
      '¿Se tienen en cuenta los costos de funcionamiento al decidir las inversiones digitales?',
    'question.total-cost-of-ownership-estimates.level.1':
      'Las decisiones solo tienen en cuenta el precio de compra; los costos de funcionamiento aparecen después como una sorpresa.',
    'question.total-cost-of-ownership-estimates.level.2':
      'Algunos costos de funcionamiento, como los primeros años de conectividad o una garantía, se incluyen en los presupuestos de los proyectos, pero no para toda la vida útil de los equipos.',
    'question.total-cost-of-ownership-estimates.level.3':
      'Cada inversión importante se aprueba sobre la base de una estimación de su costo durante toda su vida útil, normalmente cinco años o más, que abarca conectividad, energía, mantenimiento, soporte, formación, licencias y sustitución.',
    'question.total-cost-of-ownership-estimates.level.4':
      'Las estimaciones del costo durante toda la vida útil son obligatorias para las inversiones importantes y luego se comparan con los costos reales; las diferencias se utilizan para mejorar las estimaciones futuras y para elegir entre opciones.',
    'question.total-cost-of-ownership-running-costs.title':
      '¿Quién paga los costos de funcionamiento cuando termina un proyecto?',
    'question.total-cost-of-ownership-running-costs.level.1':
      'Nadie: cuando termina el financiamiento del proyecto, se cortan las conexiones y los dispositivos averiados no se reparan, a menos que paguen las escuelas o las familias.',
    'question.total-cost-of-ownership-running-costs.level.2':
      'El gobierno asume algunos costos de funcionamiento cuando terminan los proyectos, pero las escuelas siguen pagando parte de la conectividad o del mantenimiento con sus propios fondos o con aportaciones de las familias, por lo que algunas escuelas conservan sus servicios y otras los pierden.',
    'question.total-cost-of-ownership-running-costs.level.3':
      'El presupuesto del gobierno cubre los principales costos de funcionamiento (conectividad, mantenimiento, soporte) de los programas que gestiona, y cada proyecto de los socios tiene un plan de traspaso que indica quién paga qué una vez que termina el financiamiento externo.',
    'question.total-cost-of-ownership-running-costs.level.4':
      'Los costos de funcionamiento de todos los programas digitales, incluidos los iniciados por los socios, figuran en el presupuesto plurianual, y las subvenciones escolares incluyen un monto para los costos digitales de funcionamiento calculado según el tamaño y la ubicación de cada escuela.',
    'component.procurement.title': 'Adquisiciones',
    'component.procurement.summary':
      'Cómo se compran los dispositivos, la conectividad, el software y los servicios: competencia abierta, compras agrupadas para reducir los precios, buena relación calidad-precio durante toda la vigencia del contrato y ninguna dependencia de un único proveedor.',
    'question.procurement-transparency.title':
      '¿Qué grado de transparencia tienen las compras de educación digital?',
    'question.procurement-transparency.help':
      'Las especificaciones funcionales describen lo que debe hacer un producto (autonomía de la batería, uso sin conexión, idiomas admitidos) en lugar de indicar una marca o un modelo.',
    'question.procurement-transparency.level.1':
      'La mayoría de las compras se realizan por contratación directa con un proveedor, y los contratos no se publican.',
    'question.procurement-transparency.level.2':
      'Las compras importantes se hacen mediante licitaciones competitivas, pero las especificaciones a veces se redactan a medida de un producto, y las adjudicaciones y los precios no se publican.',
    'question.procurement-transparency.level.3':
      'Las compras importantes se realizan mediante licitaciones abiertas con especificaciones funcionales en lugar de marcas, y se publican las adjudicaciones, los precios y los proveedores.',
    'question.procurement-transparency.level.4':
      'Las licitaciones abiertas con especificaciones funcionales son la regla y sus resultados se publican; se da seguimiento a los niveles de entrega y de servicio de los proveedores, se aplican penalizaciones cuando no los cumplen, y el desempeño anterior se tiene en cuenta en las licitaciones posteriores.',
    'question.procurement-pooling.title': '¿Se agrupan las compras para obtener mejores precios?',
    'question.procurement-pooling.help':
      'Según Giga, agrupar la adquisición de la conectividad escolar puede reducir su costo hasta en un 60 %.',
    'question.procurement-pooling.level.1':
      'Cada escuela, región o proyecto compra por su cuenta, al precio que pueda obtener.',
    'question.procurement-pooling.level.2':
      'Algunos artículos se compran de forma centralizada, pero las escuelas, las regiones y los proyectos siguen comprando por separado artículos similares, y nadie compara los precios pagados.',
    'question.procurement-pooling.level.3':
      'La conectividad, los dispositivos y las licencias se compran mediante acuerdos marco nacionales a través de los cuales las escuelas y las regiones pueden hacer pedidos, y los precios pagados se comparan con los de contratos anteriores y de otros países.',
    'question.procurement-pooling.level.4':
      'Los acuerdos marco nacionales abarcan los principales artículos, el país se suma a compras agrupadas regionales o internacionales cuando ofrecen mejores condiciones, y los ahorros obtenidos se miden y se comunican.',
    'question.procurement-vendor-lock-in.title':
      '¿Protegen los contratos al ministerio de la dependencia de un único proveedor?',
    'question.procurement-vendor-lock-in.help':
      'La dependencia de un proveedor (vendor lock-in) se produce cuando cambiar de proveedor resulta demasiado costoso porque los datos, los contenidos o los equipos solo funcionan con los productos de una empresa.',
    'question.procurement-vendor-lock-in.level.1':
      'Los contratos no dicen nada sobre lo que ocurre cuando terminan; el ministerio no podría cambiar de proveedor sin perder datos o equipos que aún funcionan.',
    'question.procurement-vendor-lock-in.level.2':
      'Algunos contratos incluyen cláusulas de salida, pero los datos, los contenidos y los sistemas están en formatos que solo el proveedor puede utilizar, de modo que cambiar de proveedor supondría empezar de nuevo.',
    'question.procurement-vendor-lock-in.level.3':
      'Los contratos exigen formatos de datos abiertos o estándar, otorgan al ministerio la propiedad de sus datos y de los contenidos que paga, e incluyen un plan de salida con un período de traspaso.',
    'question.procurement-vendor-lock-in.level.4':
      'Estas cláusulas son estándar en todos los contratos de educación digital, y antes de cada renovación el ministerio comprueba que podría cambiar de proveedor, por ejemplo exportando la totalidad de sus datos, y se sirve de ello en las negociaciones.',
    'component.innovative-financing.title': 'Financiamiento innovador',
    'component.innovative-financing.summary':
      'Financiamiento más allá del presupuesto de educación y de las subvenciones tradicionales: fondos de servicio universal, tarifas reducidas para las escuelas, asociaciones público-privadas, financiamiento combinado y basado en resultados, y tarifa cero (zero-rating) para los contenidos educativos.',
    'question.innovative-financing-universal-service-fund.title':
      '¿Qué parte de la conectividad escolar se paga con fondos del sector de las telecomunicaciones, como un fondo de servicio universal?',
    'question.innovative-financing-universal-service-fund.help':
      'Muchos países exigen a los operadores de telecomunicaciones que aporten una parte de sus ingresos a un fondo de servicio universal, o a un gravamen similar, que extiende las redes a las zonas desatendidas; conectar escuelas es un uso habitual. Un país sin un fondo o gravamen de este tipo responde nivel 1.',
    'question.innovative-financing-universal-service-fund.level.1':
      'Ningún fondo del sector de las telecomunicaciones paga la conectividad escolar: el país no tiene un fondo de servicio universal ni un gravamen similar, o su fondo no financia ninguna conexión escolar.',
    'question.innovative-financing-universal-service-fund.level.2':
      'El fondo ha pagado conexiones escolares mediante proyectos puntuales o pilotos, sin ningún compromiso de continuidad.',
    'question.innovative-financing-universal-service-fund.level.3':
      'Cada año, el programa publicado del fondo reserva un monto para la conectividad escolar que paga nuevas conexiones de escuelas incluidas en el plan nacional de conectividad; el monto se decide año por año.',
    'question.innovative-financing-universal-service-fund.level.4':
      'Un compromiso plurianual, establecido en el programa publicado del fondo, paga nuevas conexiones y los costos de funcionamiento del plan de conectividad escolar (suscripciones, mantenimiento); los montos se desembolsan según lo previsto y se informa sobre ellos cada año.',
    'question.innovative-financing-mechanisms.title':
      'Más allá del presupuesto de educación y de las subvenciones de los donantes, ¿qué mecanismos de financiamiento apoyan la educación digital?',
    'question.innovative-financing-mechanisms.help':
      'E-Rate, en los Estados Unidos, ofrece a escuelas y bibliotecas descuentos en la conectividad, financiados con un gravamen a los operadores de telecomunicaciones. El financiamiento combinado combina fondos públicos o filantrópicos con inversión comercial. El financiamiento basado en resultados, como los bonos de impacto, solo paga cuando se alcanzan los resultados acordados.',
    'question.innovative-financing-mechanisms.level.1':
      'La educación digital depende por completo del presupuesto de educación y de las subvenciones de los donantes; no se ha explorado ningún otro mecanismo.',
    'question.innovative-financing-mechanisms.level.2':
      'Se han debatido o probado una vez otros mecanismos, como una donación de responsabilidad social empresarial o un piloto con un operador de telecomunicaciones, pero no hay un marco para repetirlos o ampliar su escala.',
    'question.innovative-financing-mechanisms.level.3':
      'Al menos un mecanismo ajeno al presupuesto y a las subvenciones se utiliza con regularidad en el marco de un instrumento escrito, como tarifas de conectividad reducidas para las escuelas, una asociación público-privada o financiamiento combinado con un banco de desarrollo.',
    'question.innovative-financing-mechanisms.level.4':
      'Se utilizan con regularidad varios mecanismos, cada uno elegido por lo que mejor financia (por ejemplo, financiamiento basado en resultados cuando los resultados pueden medirse, asociaciones público-privadas para las redes), y sus costos y resultados se comparan con los del financiamiento público directo.',
    'question.innovative-financing-zero-rating.title':
      '¿Pueden los estudiantes acceder a contenidos educativos sin pagar por los datos móviles?',
    'question.innovative-financing-zero-rating.help':
      'La tarifa cero (zero-rating) significa que el uso de determinados sitios web o aplicaciones no se descuenta del saldo de datos móviles del usuario; el costo lo asumen los operadores, el gobierno o los proveedores de contenidos.',
    'question.innovative-financing-zero-rating.level.1':
      'No: los estudiantes pagan todos los datos que utilizan para acceder a las plataformas y los contenidos educativos.',
    'question.innovative-financing-zero-rating.level.2':
      'Se acordó la tarifa cero con algunos operadores por un período limitado, por ejemplo durante los cierres de escuelas, o solo abarca algunas plataformas; ha caducado o no se le da seguimiento.',
    'question.innovative-financing-zero-rating.level.3':
      'Acuerdos permanentes con los principales operadores móviles aplican la tarifa cero a la plataforma nacional de aprendizaje y a otros sitios educativos aprobados.',
    'question.innovative-financing-zero-rating.level.4':
      'Acuerdos permanentes con todos los principales operadores abarcan la plataforma nacional y los sitios aprobados; se hace un seguimiento del uso, la lista de sitios se actualiza a medida que cambian los contenidos, y hay reglas que impiden que el mecanismo favorezca determinados servicios comerciales.',
    'pillar.capacity-culture.title': 'Capacidad y cultura',
    'pillar.capacity-culture.summary':
      'Las competencias de docentes, directores de escuela, personal del ministerio y estudiantes para hacer un uso eficaz de la tecnología digital, y una cultura profesional que favorezca el cambio.',
    'component.teacher-competencies.title': 'Competencias digitales y en IA de los docentes',
    'component.teacher-competencies.summary':
      'Un marco nacional de las competencias digitales y en IA que se esperan de los docentes, una formación inicial que las desarrolle y una formación en servicio que llegue a los docentes en ejercicio de una forma que cambie la práctica en el aula.',
    'question.teacher-competencies-framework.title':
      '¿En qué medida está establecido un marco nacional de las competencias digitales y en IA que se esperan de los docentes?',
    'question.teacher-competencies-framework.help':
      'Un marco de competencias establece lo que los docentes deben saber y saber hacer, normalmente en varios niveles de dominio. Muchos países adaptan un modelo internacional, como el Marco de competencias de los docentes en materia de TIC de la UNESCO, el marco europeo DigCompEdu o el Marco de competencias en IA para docentes de la UNESCO (2024), que tiene cinco dimensiones (mentalidad centrada en el ser humano, ética de la IA, fundamentos y aplicaciones de la IA, pedagogía de la IA, IA para el desarrollo profesional) en tres niveles (adquirir, profundizar, crear). Evidencia: el texto adoptado, y los programas de formación o los estándares profesionales que se remiten a él.',
    'question.teacher-competencies-framework.level.1':
      'Ningún documento nacional establece las competencias digitales que se esperan de los docentes; cada proveedor de formación decide qué abordar.',
    'question.teacher-competencies-framework.level.2':
      'Se ha redactado un marco o se ha adaptado uno a partir de un modelo internacional, pero todavía no se utiliza para diseñar programas de formación ni para evaluar a los docentes, o solo abarca competencias digitales básicas.',
    'question.teacher-competencies-framework.level.3':
      'Un marco adoptado oficialmente abarca tanto las competencias digitales como las competencias en IA y se utiliza para diseñar los programas de formación inicial y continua.',
    'question.teacher-competencies-framework.level.4':
      'El marco establece niveles de progresión, se utiliza para la autoevaluación, la certificación y la progresión profesional de los docentes, y se ha revisado en los últimos cinco años para tener en cuenta la IA generativa.',
    'question.teacher-competencies-pre-service.title':
      '¿Cómo se abordan las competencias digitales y en IA en la formación inicial docente?',
    'question.teacher-competencies-pre-service.help':
      'La formación inicial docente es la que reciben los futuros docentes antes de ocupar un puesto, en escuelas normales, institutos de formación docente o universidades. Responda para la mayoría de los nuevos docentes que ingresan en la profesión.',
    'question.teacher-competencies-pre-service.option.not-covered':
      'No se abordan, o solo como introducción al uso de la computadora',
    'question.teacher-competencies-pre-service.option.some-institutions':
      'Se abordan en algunas instituciones de formación docente, o en un curso optativo',
    'question.teacher-competencies-pre-service.option.compulsory-course':
      'Un curso obligatorio sobre la enseñanza con tecnología digital en todas las instituciones de formación docente',
    'question.teacher-competencies-pre-service.option.integrated-assessed':
      'Integradas en la didáctica de cada asignatura y en las prácticas docentes, y evaluadas para obtener la titulación docente',
    'question.teacher-competencies-training-reach.title':
      '¿Qué proporción de los docentes en ejercicio recibió formación sobre la enseñanza con tecnología digital en los últimos tres años?',
    'question.teacher-competencies-training-reach.help':
      'Cuente la formación en el uso de herramientas digitales para enseñar y para ayudar a los estudiantes a aprender, no solo las competencias informáticas generales, y cuente a cada docente una sola vez, sea cual sea el número de cursos. Evidencia: los registros de desarrollo profesional continuo, la base de datos de gestión docente o una encuesta a docentes.',
    'question.teacher-competencies-training-reach.level.1':
      'Ningún registro indica cuántos docentes han recibido formación, o menos del 25 % de los docentes en ejercicio recibió formación en los últimos tres años.',
    'question.teacher-competencies-training-reach.level.2':
      'Los registros de formación o una encuesta muestran que entre el 25 % y el 49 % de los docentes en ejercicio recibió formación en los últimos tres años.',
    'question.teacher-competencies-training-reach.level.3':
      'Los registros de formación o una encuesta muestran que entre el 50 % y el 79 % de los docentes en ejercicio recibió formación en los últimos tres años.',
    'question.teacher-competencies-training-reach.level.4':
      'Los registros de formación muestran que el 80 % o más de los docentes en ejercicio recibió formación en los últimos tres años, y la proporción se actualiza cada año para cada región.',
    'question.teacher-competencies-training-model.title':
      '¿Qué forma adopta habitualmente la formación en servicio en pedagogía digital?',
    'question.teacher-competencies-training-model.help':
      'Responda para la formación que recibe la mayoría de los docentes en ejercicio. El acompañamiento pedagógico (coaching) significa que una persona formada, como un asesor pedagógico o un docente líder, observa las clases de un docente y las analiza con él después. La formación en la escuela tiene lugar en la propia escuela del docente o en una red de escuelas cercanas.',
    'question.teacher-competencies-training-model.level.1':
      'No hay formación en servicio sobre la enseñanza con tecnología digital, o solo sesiones puntuales, por lo general sobre el manejo de los equipos cuando se entregan.',
    'question.teacher-competencies-training-model.level.2':
      'Los docentes pueden seguir talleres o cursos en línea sobre el uso de herramientas digitales, fuera de sus clases, sin ningún seguimiento una vez terminado el curso.',
    'question.teacher-competencies-training-model.level.3':
      'La formación se distribuye a lo largo del año escolar: los cursos se alternan con tareas que los docentes realizan en sus propias clases, y cada docente recibe al menos una visita de seguimiento o una sesión de acompañamiento sobre esa práctica.',
    'question.teacher-competencies-training-model.level.4':
      'La formación es continua y se realiza en la escuela: además de los cursos, un acompañante pedagógico formado en cada escuela o red de escuelas observa las clases y ofrece retroalimentación durante todo el año, y los registros de este seguimiento en el aula se examinan cada año para ajustar el programa.',
    'component.leadership-capacity.title': 'Liderazgo para el cambio digital',
    'component.leadership-capacity.summary':
      'Directores de escuela preparados para liderar el cambio digital en sus escuelas, y personal del ministerio, a nivel central y en las regiones, con las competencias y el tiempo necesarios para planificar y gestionar los programas de educación digital.',
    'question.leadership-capacity-school-leaders.title':
      '¿Están los directores de escuela preparados para liderar el uso de la tecnología digital en sus escuelas?',
    'question.leadership-capacity-school-leaders.help':
      'SELFIE es una herramienta gratuita de autorreflexión de la Comisión Europea en la que directores, docentes y estudiantes responden de forma anónima sobre el uso de la tecnología digital en su escuela. Evidencia: el programa de formación de los directores de escuela y una muestra de planes de mejora escolar.',
    'question.leadership-capacity-school-leaders.level.1':
      'Los directores de escuela no reciben ninguna preparación en cuestiones digitales; el uso de la tecnología depende de la iniciativa de docentes concretos.',
    'question.leadership-capacity-school-leaders.level.2':
      'Algunos directores de escuela han asistido a sesiones de sensibilización; una minoría de escuelas tiene un plan digital, por lo general redactado para un proyecto o un donante.',
    'question.leadership-capacity-school-leaders.level.3':
      'Liderar el cambio digital forma parte de la formación obligatoria de los directores de escuela, y la mayoría de las escuelas incluye prioridades digitales en su plan de mejora escolar.',
    'question.leadership-capacity-school-leaders.level.4':
      'Cada año, los directores de escuela examinan la práctica digital de su escuela con el personal y los estudiantes (por ejemplo, con una herramienta de autorreflexión como SELFIE), fijan prioridades a partir de los resultados y reciben seguimiento de los inspectores o de redes entre pares.',
    'question.leadership-capacity-ministry-staff.title':
      '¿Qué capacidad tiene el personal del ministerio para gestionar los programas de educación digital?',
    'question.leadership-capacity-ministry-staff.help':
      'Aquí, capacidad significa personal que tiene a la vez las competencias (planificación, adquisiciones, seguimiento, análisis de datos) y tiempo de trabajo asignado a la educación digital, a nivel central y en las regiones. Quién dirige la educación digital en el ministerio se pregunta en el pilar de coordinación y liderazgo.',
    'question.leadership-capacity-ministry-staff.level.1':
      'Ningún miembro del personal del ministerio tiene la educación digital entre sus funciones; los programas los planifican y gestionan consultores o personal de los socios.',
    'question.leadership-capacity-ministry-staff.level.2':
      'Algunas personas del nivel central se ocupan de la educación digital además de otras funciones, sin formación específica; la planificación y las adquisiciones siguen dependiendo de consultores pagados por los proyectos, y las oficinas regionales no tienen a nadie encargado de ello.',
    'question.leadership-capacity-ministry-staff.level.3':
      'El personal central y al menos un funcionario en cada región tienen la educación digital en la descripción de su puesto, con tiempo de trabajo reservado para ello, y han recibido formación en planificación, adquisiciones y seguimiento; solo se recurre a consultores para tareas especializadas.',
    'question.leadership-capacity-ministry-staff.level.4':
      'Además, cada año se revisa un plan de competencias para este personal central y regional, se hace un seguimiento de la rotación en los puestos clave, y es el propio personal del ministerio el que prepara los planes, los pliegos de licitación y los informes de seguimiento de sus grandes programas de educación digital.',
    'component.learner-digital-skills.title': 'Competencias digitales y en IA de los estudiantes',
    'component.learner-digital-skills.summary':
      'La alfabetización digital y las competencias en IA que se espera que adquieran los estudiantes, cómo aprenden a estar seguros y a comportarse de forma responsable en línea, cómo cuidan las escuelas su bienestar digital y si se mide lo que realmente dominan.',
    'question.learner-digital-skills-framework.title':
      '¿Están definidas para cada etapa de la escolaridad las competencias digitales y en IA que se esperan de los estudiantes?',
    'question.learner-digital-skills-framework.help':
      'El Marco de competencias en IA para estudiantes de la UNESCO (2024) tiene cuatro dimensiones (mentalidad centrada en el ser humano, ética de la IA, técnicas y aplicaciones de la IA, diseño de sistemas de IA) y tres niveles de progresión (comprender, aplicar, crear). Un marco nacional de competencia digital para los estudiantes también puede basarse en modelos como el marco europeo DigComp. Evidencia: el marco adoptado, o los resultados de aprendizaje fijados en los currículos.',
    'question.learner-digital-skills-framework.level.1':
      'Ningún documento establece qué competencias digitales deben tener los estudiantes en cada etapa; donde se imparte informática, se limita al uso de programas ofimáticos.',
    'question.learner-digital-skills-framework.level.2':
      'Las competencias esperadas están definidas para algunos niveles, por lo general solo para secundaria, y no abarcan la IA, la alfabetización informacional ni la seguridad en línea.',
    'question.learner-digital-skills-framework.level.3':
      'Un marco nacional establece competencias digitales para cada etapa, desde la primaria hasta el segundo ciclo de secundaria, incluidas la alfabetización informacional, la seguridad en línea y una primera comprensión del funcionamiento de la IA.',
    'question.learner-digital-skills-framework.level.4':
      'El marco establece además competencias en IA que progresan de comprender a aplicar y a crear, en las dimensiones del marco de la UNESCO para estudiantes, y se revisa según un ciclo fijo.',
    'question.learner-digital-skills-online-safety.title':
      '¿Se enseña a los estudiantes a protegerse en línea?',
    'question.learner-digital-skills-online-safety.level.1':
      'La seguridad en línea no se enseña; los incidentes como el ciberacoso o la exposición a contenidos nocivos se tratan, si acaso, como cuestiones disciplinarias.',
    'question.learner-digital-skills-online-safety.level.2':
      'Campañas de sensibilización o sesiones a cargo de ONG llegan a algunas escuelas, sin un lugar en el horario ni docentes formados.',
    'question.learner-digital-skills-online-safety.level.3':
      'La ciudadanía digital (privacidad, ciberacoso, verificación de la información, comportamiento respetuoso en línea) figura en el currículo de todas las etapas, con materiales didácticos, y las escuelas tienen un procedimiento para notificar incidentes en línea.',
    'question.learner-digital-skills-online-safety.level.4':
      'La enseñanza se actualiza a medida que surgen nuevos riesgos, incluidos los contenidos generados por IA y las ultrafalsificaciones (deepfakes); las escuelas colaboran con las familias y los servicios de protección de la infancia, y los datos sobre incidentes se recopilan y se utilizan para ajustar la prevención.',
    'question.learner-digital-skills-measurement.title':
      '¿Se miden las competencias digitales que realmente dominan los estudiantes?',
    'question.learner-digital-skills-measurement.help':
      'El ICILS (Estudio Internacional de Alfabetización Computacional y Manejo de Información), realizado por la IEA, evalúa si los estudiantes de octavo año de escolaridad saben utilizar computadoras para buscar, crear y comunicar información. El indicador 4.4.1 de los ODS sobre las competencias en TIC de jóvenes y adultos se basa en actividades autodeclaradas y no sustituye a una prueba de competencias.',
    'question.learner-digital-skills-measurement.level.1':
      'Las competencias digitales de los estudiantes no se miden más allá de las calificaciones escolares en informática, donde existe esa asignatura.',
    'question.learner-digital-skills-measurement.level.2':
      'Las competencias digitales se han medido una vez, en un estudio o una encuesta limitados a algunas regiones o grados, y los resultados no se utilizaron.',
    'question.learner-digital-skills-measurement.level.3':
      'Una evaluación nacional o un estudio internacional (como el ICILS) mide las competencias digitales en una muestra representativa al menos cada cinco años, con resultados desglosados por sexo, ubicación y tipo de escuela.',
    'question.learner-digital-skills-measurement.level.4':
      'Una medición periódica, que abarca también las competencias en IA, muestra las tendencias a lo largo del tiempo; los resultados se utilizan para revisar los currículos y la formación docente y para focalizar el apoyo en los grupos rezagados.',
    'question.learner-digital-skills-well-being.title':
      '¿Cómo se cuida el bienestar digital de los estudiantes en las escuelas?',
    'question.learner-digital-skills-well-being.help':
      'El bienestar digital se refiere a los efectos del uso digital en la salud y las relaciones de los estudiantes: tiempo de pantalla equilibrado, sueño, uso problemático de las redes sociales o los videojuegos, ciberacoso y el malestar que provoca. Es distinto de la seguridad en línea, objeto de otra pregunta, que consiste en enseñar a los estudiantes a protegerse y a actuar de forma responsable en línea.',
    'question.learner-digital-skills-well-being.level.1':
      'Las escuelas no tienen orientaciones sobre un uso digital saludable, y las dificultades de los estudiantes relacionadas con el uso digital, como el uso excesivo o el ciberacoso, quedan en manos de miembros del personal a título individual.',
    'question.learner-digital-skills-well-being.level.2':
      'Orientaciones o campañas sobre el tiempo de pantalla y el uso saludable, del ministerio, del ministerio de salud o de ONG, llegan a algunas escuelas, pero las escuelas no tienen un procedimiento establecido para apoyar a un estudiante afectado por el ciberacoso o por un uso problemático.',
    'question.learner-digital-skills-well-being.level.3':
      'Se envían a todas las escuelas orientaciones nacionales sobre el uso digital saludable según la edad (tiempo de pantalla, sueño, pausas sin pantallas), y cada escuela cuenta con un miembro del personal designado y un procedimiento para apoyar a los estudiantes afectados por el ciberacoso o por un uso problemático, incluida la derivación a servicios de orientación psicológica o de salud.',
    'question.learner-digital-skills-well-being.level.4':
      'Además, una encuesta nacional a los estudiantes mide su bienestar digital a intervalos regulares (por ejemplo, el uso problemático de las redes sociales, el sueño, la experiencia de ciberacoso), y las orientaciones y los procedimientos escolares se revisan después de cada edición a la luz de los resultados.',
    'component.digital-culture.title': 'Cultura digital y comunidades',
    'component.digital-culture.summary':
      'Docentes que aprenden unos de otros, una innovación que se reconoce, y familias y comunidades que participan en la forma en que las escuelas utilizan la tecnología.',
    'question.digital-culture-peer-learning.title':
      '¿Aprenden los docentes unos de otros sobre la enseñanza con tecnología digital?',
    'question.digital-culture-peer-learning.help':
      'Una comunidad de práctica es un grupo de docentes que se reúne con regularidad, de forma presencial o en línea, para trabajar sobre problemas de enseñanza comunes y mejorar juntos su práctica. Evidencia: el número de grupos activos y de miembros, y si se reserva tiempo para ellos en el horario de los docentes.',
    'question.digital-culture-peer-learning.level.1':
      'Los docentes que utilizan herramientas digitales trabajan solos; los intercambios, si los hay, se producen en grupos de mensajería informales.',
    'question.digital-culture-peer-learning.level.2':
      'Existen comunidades de práctica en algunos distritos, impulsadas por un proyecto, una ONG o los propios docentes, y por lo general desaparecen cuando termina el financiamiento o se marcha su fundador.',
    'question.digital-culture-peer-learning.level.3':
      'Las redes de aprendizaje entre pares forman parte del desarrollo profesional continuo en la mayoría de los distritos, se reúnen con regularidad en línea o de forma presencial y están dirigidas por facilitadores formados, como asesores pedagógicos o docentes líderes.',
    'question.digital-culture-peer-learning.level.4':
      'Docentes de todo el país comparten diseños de clases y recursos en una plataforma común; las contribuciones se revisan, las mejores se difunden a nivel nacional y la participación cuenta para la progresión profesional.',
    'question.digital-culture-incentives.title':
      '¿Se reconoce la innovación con tecnología digital en el trabajo de los docentes y de las escuelas?',
    'question.digital-culture-incentives.level.1':
      'Utilizar herramientas digitales supone más trabajo sin ningún reconocimiento; en algunas escuelas, los dispositivos permanecen guardados bajo llave por temor a daños o pérdidas.',
    'question.digital-culture-incentives.level.2':
      'Concursos o premios ocasionales recompensan a algunos docentes innovadores, pero la evaluación del desempeño y los ascensos no tienen en cuenta la práctica digital.',
    'question.digital-culture-incentives.level.3':
      'La competencia digital cuenta en la evaluación del desempeño docente y en los ascensos, las escuelas pueden reservar tiempo para probar nuevas prácticas, y los inspectores fomentan las experiencias bien preparadas en lugar de penalizarlas.',
    'question.digital-culture-incentives.level.4':
      'Las innovaciones escolares se documentan y se evalúan, y las que funcionan se amplían con el apoyo del ministerio; las encuestas a docentes muestran que la mayoría se siente respaldada para probar nuevos enfoques.',
    'question.digital-culture-families.title':
      '¿En qué medida participan las familias y las comunidades en la forma en que las escuelas utilizan la tecnología digital?',
    'question.digital-culture-families.level.1':
      'Las familias y las comunidades no intervienen en la forma en que las escuelas utilizan la tecnología digital; las preocupaciones sobre el tiempo de pantalla, los teléfonos móviles o la seguridad se tratan caso por caso.',
    'question.digital-culture-families.level.2':
      'Se informa a las familias de vez en cuando, por ejemplo cuando se pone en marcha un programa de dispositivos, pero no se recaba su opinión.',
    'question.digital-culture-families.level.3':
      'En la mayoría de las escuelas, las normas sobre el uso digital (teléfonos, tiempo de pantalla, seguridad en línea) se debaten con la asociación de madres y padres o con el consejo escolar antes de adoptarlas, y se informa a las familias en las lenguas que hablan.',
    'question.digital-culture-families.level.4':
      'Además, las familias y las organizaciones comunitarias participan en la preparación de los planes digitales de las escuelas y ayudan a apoyar el aprendizaje en el hogar, por ejemplo mediante sesiones para madres y padres; el ministerio consulta periódicamente la opinión de las familias e informa de lo que ha cambiado en consecuencia.',
    'pillar.content-solutions.title': 'Contenidos y soluciones',
    'pillar.content-solutions.summary':
      'Currículos, contenidos y plataformas digitales al servicio de los estudiantes del país, y soluciones elegidas en función de la evidencia de lo que aportan al aprendizaje.',
    'component.curriculum-integration.title': 'Lo digital en el currículo y la evaluación',
    'component.curriculum-integration.summary':
      'Cómo se incorpora la enseñanza con tecnología digital a los currículos de las asignaturas y a las guías docentes, y en qué medida se utilizan herramientas digitales para evaluar el aprendizaje, desde el aula hasta los exámenes nacionales.',
    'question.curriculum-integration-digital-pedagogy.title':
      '¿Indican los currículos de las asignaturas cómo debe utilizarse la tecnología digital para enseñar y aprender?',
    'question.curriculum-integration-digital-pedagogy.level.1':
      'Los currículos no mencionan la tecnología digital, o solo la mencionan dentro de una asignatura separada de informática.',
    'question.curriculum-integration-digital-pedagogy.level.2':
      'Algunos currículos revisados recientemente proponen actividades digitales, pero las guías docentes, los horarios y los recursos no las respaldan.',
    'question.curriculum-integration-digital-pedagogy.level.3':
      'Cada currículo de asignatura revisado en el ciclo actual indica a qué objetivos de aprendizaje sirven las herramientas digitales, y se proporcionan las guías docentes y los recursos correspondientes.',
    'question.curriculum-integration-digital-pedagogy.level.4':
      'La pedagogía digital atraviesa todos los currículos de las asignaturas y las guías; los inspectores o los asesores pedagógicos la observan en el aula, y sus conclusiones nutren la siguiente revisión curricular.',
    'question.curriculum-integration-digital-assessment.title':
      '¿En qué medida utilizan la tecnología digital las evaluaciones del aprendizaje?',
    'question.curriculum-integration-digital-assessment.help':
      'La evaluación formativa se lleva a cabo durante el aprendizaje y sirve para ajustar la enseñanza, a diferencia de los exámenes de fin de ciclo. Un banco de ítems es una colección catalogada de preguntas de prueba de dificultad conocida con la que se pueden elaborar pruebas. La corrección en pantalla significa que los examinadores califican en una computadora las hojas de respuesta escaneadas o mecanografiadas. La forma en que se evalúan las propias competencias digitales de los estudiantes se pregunta en el pilar capacidad y cultura.',
    'question.curriculum-integration-digital-assessment.level.1':
      'La evaluación en el aula y los exámenes se hacen íntegramente en papel, y el ministerio no proporciona ni recomienda ninguna herramienta digital de evaluación.',
    'question.curriculum-integration-digital-assessment.level.2':
      'Las herramientas digitales de evaluación formativa (cuestionarios en línea, bancos de ítems, aplicaciones de corrección) se utilizan en escuelas piloto o por iniciativa propia de los docentes; las evaluaciones y los exámenes nacionales siguen haciéndose íntegramente en papel.',
    'question.curriculum-integration-digital-assessment.level.3':
      'Los docentes de la mayoría de las escuelas disponen de herramientas digitales de evaluación formativa proporcionadas o aprobadas por el ministerio, y al menos una evaluación o un examen nacional se realiza en pantalla en centros equipados o se corrige en pantalla.',
    'question.curriculum-integration-digital-assessment.level.4':
      'Casi todas las escuelas utilizan herramientas digitales de evaluación formativa proporcionadas o aprobadas por el ministerio; las evaluaciones y los exámenes nacionales al final de cada etapa principal se realizan o se corrigen en pantalla, a partir de un banco de ítems mantenido al día, con modalidades equivalentes para los centros sin suministro eléctrico fiable; los resultados llegan a las escuelas pocas semanas después de cada convocatoria.',
    'component.digital-content.title': 'Contenidos digitales de aprendizaje',
    'component.digital-content.summary':
      'Recursos digitales que abarcan el currículo nacional, existen en las lenguas que hablan los estudiantes, pueden reutilizarse y adaptarse, y son accesibles para los estudiantes con discapacidad.',
    'question.digital-content-coverage.title':
      '¿Qué parte del currículo nacional está cubierta por contenidos digitales alineados?',
    'question.digital-content-coverage.help':
      'Los contenidos alineados siguen los objetivos y la progresión del currículo nacional para una asignatura y un grado determinados. Las lenguas en las que existen los contenidos se abordan en la pregunta siguiente.',
    'question.digital-content-coverage.level.1':
      'Pocos o ningún contenido digital se corresponden con el currículo nacional; los docentes dependen de recursos elaborados para los currículos de otros países.',
    'question.digital-content-coverage.level.2':
      'Existen contenidos alineados para algunas asignaturas y grados, normalmente matemáticas y ciencias en secundaria, producidos por proyectos o editoriales sin revisión de la autoridad curricular.',
    'question.digital-content-coverage.level.3':
      'Los contenidos alineados abarcan las asignaturas básicas de todos los grados de la educación básica, y la autoridad curricular verifica su exactitud y su alineación antes de su publicación.',
    'question.digital-content-coverage.level.4':
      'Los contenidos verificados por la autoridad curricular abarcan todas las asignaturas y todos los grados, desde la primaria hasta el final de la secundaria, y se actualizan con cada revisión del currículo; un mapa de los objetivos curriculares frente a los recursos disponibles se mantiene al día y se utiliza para planificar lo que se producirá a continuación.',
    'question.digital-content-languages.title':
      '¿En qué lenguas están disponibles los contenidos digitales de aprendizaje?',
    'question.digital-content-languages.help':
      'Las lenguas de instrucción son aquellas en las que se enseñan las asignaturas en las escuelas del país, incluidas las lenguas nacionales o locales utilizadas en los primeros grados cuando el currículo lo prevé. Lengua de señas significa la lengua de señas nacional que utilizan los estudiantes sordos.',
    'question.digital-content-languages.level.1':
      'Los contenidos digitales solo existen en una lengua extranjera, o en una lengua oficial que muchos estudiantes no comprenden.',
    'question.digital-content-languages.level.2':
      'Existen contenidos en la principal lengua de instrucción; en las demás lenguas de instrucción solo hay recursos aislados producidos por proyectos u ONG.',
    'question.digital-content-languages.level.3':
      'Existen contenidos básicos en cada lengua de instrucción, incluidas las lenguas nacionales o locales utilizadas en los primeros grados, y algunos contenidos básicos existen en la lengua de señas nacional.',
    'question.digital-content-languages.level.4':
      'Existen contenidos básicos en cada lengua de instrucción para todos los grados en que se utiliza esa lengua, y en la lengua de señas nacional para todos los grados de la educación básica; se registran las lenguas que los estudiantes hablan en casa, y el plan de contenidos fija fechas para las lenguas que aún faltan.',
    'question.digital-content-open-licensing.title':
      '¿En qué condiciones se ponen a disposición los contenidos digitales financiados con fondos públicos?',
    'question.digital-content-open-licensing.help':
      'Los recursos educativos abiertos (REA) son materiales de aprendizaje publicados con una licencia abierta, como Creative Commons, que permite a cualquiera reutilizarlos, adaptarlos y compartirlos. Los Estados Miembros de la UNESCO adoptaron en 2019 una Recomendación sobre los REA.',
    'question.digital-content-open-licensing.option.rights-unclear':
      'Ninguna regla: los derechos no están claros o siguen perteneciendo al productor',
    'question.digital-content-open-licensing.option.free-to-use':
      'Uso gratuito en las plataformas del ministerio, pero sin permiso para copiar, adaptar ni compartir',
    'question.digital-content-open-licensing.option.open-policy':
      'Una política exige su publicación con licencia abierta, y los nuevos contenidos la cumplen',
    'question.digital-content-open-licensing.option.open-practice':
      'Publicados como recursos educativos abiertos en un repositorio público, donde los docentes los adaptan y vuelven a publicarlos',
    'question.digital-content-accessibility.title':
      '¿Son los contenidos digitales accesibles para los estudiantes con discapacidad?',
    'question.digital-content-accessibility.help':
      'Las Pautas de Accesibilidad para el Contenido Web (WCAG) son la norma internacional del W3C para los contenidos digitales accesibles; la versión 2.2 se convirtió en Recomendación del W3C en octubre de 2023. El nivel AA es el que exigen con más frecuencia las leyes de accesibilidad y las normas de compras públicas. Los contenidos accesibles funcionan con lectores de pantalla, ofrecen subtítulos y transcripciones para el audio y el video, y proporcionan alternativas textuales para las imágenes. Los contenidos en lengua de señas se abordan en la pregunta sobre las lenguas.',
    'question.digital-content-accessibility.level.1':
      'No hay requisitos de accesibilidad; la mayoría de los contenidos no pueden utilizarse con un lector de pantalla y no tienen subtítulos.',
    'question.digital-content-accessibility.level.2':
      'Escuelas especializadas u ONG producen algunos recursos adaptados (audiolibros, archivos preparados para braille, videos subtitulados), pero no se verifica la accesibilidad de los contenidos generales.',
    'question.digital-content-accessibility.level.3':
      'Se exige el nivel AA de las WCAG 2.2, o una norma nacional al menos igual de exigente, cada vez que se encargan o se compran contenidos, y los nuevos contenidos incluyen subtítulos, alternativas textuales y formatos compatibles con la conversión de texto a voz.',
    'question.digital-content-accessibility.level.4':
      'Todos los contenidos, incluido el material más antiguo, se han verificado con respecto a la norma, con la participación de estudiantes con discapacidad y de sus organizaciones en las pruebas; los contenidos básicos existen también en versiones de lectura fácil.',
    'component.learning-platforms.title': 'Plataformas y herramientas de aprendizaje',
    'component.learning-platforms.summary':
      'Plataformas y herramientas que las escuelas utilizan realmente, alojadas y mantenidas a lo largo del tiempo, que funcionan con poca o ninguna conectividad, y canales de radio, televisión y telefonía móvil que llevan el aprendizaje allí donde escasean las pantallas y las conexiones.',
    'question.learning-platforms-provision.title':
      '¿En qué medida dependen las escuelas de una plataforma nacional de aprendizaje que el ministerio mantiene en funcionamiento?',
    'question.learning-platforms-provision.level.1':
      'No hay ninguna plataforma nacional; las escuelas que utilizan una la eligen por su cuenta, a menudo un servicio comercial gratuito sin ningún acuerdo sobre los datos ni el soporte.',
    'question.learning-platforms-provision.level.2':
      'Existe una plataforma nacional, a menudo creada durante los cierres de escuelas por la COVID-19, pero su uso es escaso o ha disminuido desde entonces, y su mantenimiento depende de un único contrato o donante.',
    'question.learning-platforms-provision.level.3':
      'Una plataforma nacional (un sistema de gestión del aprendizaje o un portal de contenidos) está alojada bajo el control del ministerio, se financia con cargo al presupuesto ordinario, cuenta con un servicio de asistencia técnica y la utilizan cada mes al menos la mitad de las escuelas secundarias.',
    'question.learning-platforms-provision.level.4':
      'La mayoría de los docentes y estudiantes de todos los niveles utilizan las plataformas con regularidad; el uso, la disponibilidad y la satisfacción de los usuarios se miden con respecto a metas, y las mejoras se publican según un calendario previsto.',
    'question.learning-platforms-offline.title':
      '¿Pueden los estudiantes sin una conexión fiable utilizar las plataformas y los contenidos?',
    'question.learning-platforms-offline.help':
      'El uso sin conexión significa que las plataformas y los contenidos siguen funcionando cuando la conexión es débil o inexistente, por ejemplo mediante una aplicación que almacena las lecciones en el dispositivo o un servidor local en la escuela. El acceso gratuito a contenidos educativos mediante datos móviles (tarifa cero) se pregunta en el pilar costo y sostenibilidad. Si prácticamente todos los estudiantes tienen una conexión fiable en la escuela y en casa, la pregunta no se aplica.',
    'question.learning-platforms-offline.level.1':
      'Las plataformas y los contenidos solo funcionan en línea y requieren una conexión rápida; los estudiantes de zonas rurales o sin datos móviles quedan excluidos.',
    'question.learning-platforms-offline.level.2':
      'Algunos contenidos pueden descargarse para usarlos sin conexión, pero la plataforma principal requiere una conexión permanente.',
    'question.learning-platforms-offline.level.3':
      'Las principales plataformas funcionan sin conexión o con poco ancho de banda (aplicaciones sin conexión, servidores locales en las escuelas, tarjetas de memoria), de modo que los estudiantes pueden utilizar los contenidos básicos sin una conexión permanente.',
    'question.learning-platforms-offline.level.4':
      'El uso sin conexión es un requisito para toda plataforma adquirida, y los avances realizados sin conexión se sincronizan cuando vuelve la conexión; las soluciones se prueban en escuelas con mala conexión antes de implantarlas.',
    'question.learning-platforms-low-tech.title':
      '¿Qué papel desempeñan los canales de baja tecnología, como la radio, la televisión o los mensajes de texto, en la oferta de aprendizaje?',
    'question.learning-platforms-low-tech.help':
      'Los canales de baja tecnología llegan a los estudiantes sin internet ni computadoras: radio y televisión educativas, mensajes de texto (SMS) y servicios de voz en teléfonos móviles básicos. El seguimiento de los estudiantes significa que alguien comprueba si los estudiantes participan y aprenden, por ejemplo mediante llamadas de los docentes, cuestionarios por teléfono o fichas de trabajo recogidas.',
    'question.learning-platforms-low-tech.level.1':
      'El ministerio no gestiona ni apoya ningún programa de aprendizaje por radio, televisión o telefonía móvil; los que existen son iniciativas de emisoras u ONG sin relación con el currículo.',
    'question.learning-platforms-low-tech.level.2':
      'El ministerio ha emitido clases por radio o televisión, o ha enviado mensajes de aprendizaje por teléfono, durante una emergencia como los cierres de escuelas por la COVID-19 o mediante proyectos de socios, pero sin una programación permanente ni correspondencia con el currículo.',
    'question.learning-platforms-low-tech.level.3':
      'Al menos un canal de baja tecnología emite clases durante todo el año escolar según una programación publicada, cada clase se corresponde con objetivos curriculares de los grados en los que se focaliza, y el programa está financiado en el plan o el presupuesto del ministerio.',
    'question.learning-platforms-low-tech.level.4':
      'Los canales de radio, televisión y telefonía móvil siguen un plan único alineado con el currículo que abarca las asignaturas básicas de la educación básica, con programaciones publicadas y financiamiento recurrente; se hace un seguimiento de los estudiantes (llamadas de los docentes, cuestionarios por teléfono o fichas de trabajo recogidas), y el alcance y el aprendizaje se miden cada año.',
    'component.edtech-evaluation.title': 'Evaluación y selección de la tecnología educativa',
    'component.edtech-evaluation.summary':
      'Cómo se eligen, se compran y se garantiza la calidad de las soluciones, y si se mide su efecto en el aprendizaje antes de ampliar su escala.',
    'question.edtech-evaluation-selection.title':
      '¿Cómo se seleccionan las soluciones digitales que se utilizan en las escuelas?',
    'question.edtech-evaluation-selection.help':
      'El costo total de propiedad tiene en cuenta todos los costos a lo largo de la vida útil de una solución (licencias, dispositivos, conectividad, formación, soporte, actualizaciones y eliminación), no solo el precio de compra.',
    'question.edtech-evaluation-selection.level.1':
      'Las soluciones se adoptan porque un proveedor o un donante las ofrece; no hay criterios ni examen de la evidencia antes de su adopción.',
    'question.edtech-evaluation-selection.level.2':
      'Se aplican las reglas generales de adquisiciones, centradas sobre todo en el precio; el valor pedagógico, la evidencia de impacto y la protección de datos se verifican caso por caso, si acaso.',
    'question.edtech-evaluation-selection.level.3':
      'Un comité de evaluación aplica criterios publicados (adecuación al currículo, evidencia de impacto en el aprendizaje, accesibilidad, protección de datos, interoperabilidad, costo total de propiedad) antes de recomendar o comprar cualquier solución.',
    'question.edtech-evaluation-selection.level.4':
      'Los criterios se aplican a todas las soluciones, incluidas las gratuitas y las donadas; un catálogo público enumera las soluciones aprobadas con los resultados de su evaluación, y las aprobaciones se revisan a medida que surge nueva evidencia.',
    'question.edtech-evaluation-impact.title':
      '¿Influyen las evaluaciones de su efecto en el aprendizaje en las decisiones sobre los programas digitales?',
    'question.edtech-evaluation-impact.help':
      'Si el país aún no ejecuta ningún programa digital en educación, la pregunta no se aplica.',
    'question.edtech-evaluation-impact.level.1':
      'Los programas no se evalúan; el éxito se expresa en dispositivos entregados o cuentas creadas.',
    'question.edtech-evaluation-impact.level.2':
      'Algunos programas se evalúan, por lo general a petición de un financiador, en función del uso y la satisfacción más que del aprendizaje.',
    'question.edtech-evaluation-impact.level.3':
      'Los programas importantes cuentan desde el inicio con un plan de evaluación, con mediciones del aprendizaje y un grupo de comparación (aleatorizado o cuasiexperimental), y los resultados se publican sean cuales sean.',
    'question.edtech-evaluation-impact.level.4':
      'Una proporción fija del presupuesto de cada programa financia su evaluación; los resultados determinan si los programas se amplían, se rediseñan o se interrumpen, y el ministerio sigue una agenda de investigación con instituciones nacionales de investigación.',
    'pillar.data-evidence.title': 'Datos y evidencia',
    'pillar.data-evidence.summary':
      'Datos fiables, oportunos y protegidos sobre estudiantes, docentes y escuelas que se utilizan para decidir y actuar, y la gobernanza de la inteligencia artificial en la educación. Junto con la conectividad, este pilar es uno de los ejes que sostienen a los demás.',
    'component.actionable-insights.title': 'Información útil para la acción',
    'component.actionable-insights.summary':
      'Datos convertidos en información que utilizan los responsables de la toma de decisiones en todos los niveles: tableros de control, alerta temprana y estadísticas publicadas.',
    'question.actionable-insights-decisions.title':
      '¿Se utilizan los datos educativos para tomar decisiones a nivel central, regional y escolar?',
    'question.actionable-insights-decisions.level.1':
      'Los datos se recopilan para el anuario estadístico y los informes a los socios; las decisiones sobre presupuestos, dotación de personal y construcción de escuelas se toman sin tenerlos en cuenta.',
    'question.actionable-insights-decisions.level.2':
      'Los planificadores del nivel central utilizan los datos del censo escolar para algunas decisiones, como dónde construir aulas, pero las oficinas regionales y las escuelas reciben poca o ninguna información a cambio.',
    'question.actionable-insights-decisions.level.3':
      'Los responsables centrales y regionales utilizan tableros de control con indicadores actualizados al menos una vez por período escolar, y las decisiones sobre la asignación de docentes y de recursos se basan en análisis documentados.',
    'question.actionable-insights-decisions.level.4':
      'Las escuelas, los distritos y el ministerio reciben cada uno datos con los que pueden actuar, en una forma adaptada a sus necesidades; se hace un seguimiento de las decisiones y de sus resultados, y el uso de los datos forma parte de la descripción de los puestos directivos y de la formación de quienes los ocupan.',
    'question.actionable-insights-early-warning.title':
      '¿Los datos dan lugar a apoyo para los estudiantes en riesgo de abandonar la escuela o de rezagarse?',
    'question.actionable-insights-early-warning.help':
      'Un sistema de alerta temprana utiliza señales como las ausencias, el descenso de las calificaciones o la extraedad respecto al grado para identificar a los estudiantes con probabilidad de abandonar la escuela, de modo que esta pueda actuar antes de que la dejen.',
    'question.actionable-insights-early-warning.level.1':
      'No existe ningún sistema; los estudiantes en riesgo son detectados, si acaso, por docentes a título individual.',
    'question.actionable-insights-early-warning.level.2':
      'La alerta temprana se pone a prueba en algunos distritos o la aplica una ONG, con datos de asistencia y calificaciones registrados en papel.',
    'question.actionable-insights-early-warning.level.3':
      'Un sistema de alerta temprana basado en registros individuales de los estudiantes (asistencia, resultados, matrícula con extraedad) señala a las escuelas de la mayoría de las regiones los estudiantes en riesgo, con orientaciones sobre cómo responder.',
    'question.actionable-insights-early-warning.level.4':
      'La alerta temprana abarca todo el país y activa medidas de apoyo (refuerzo escolar, protección social, transferencias monetarias); se hace un seguimiento de la precisión de las alertas y de lo que ocurre con los estudiantes señalados.',
    'question.actionable-insights-publication.title':
      '¿Se publican las estadísticas educativas para el público, los investigadores y los socios?',
    'question.actionable-insights-publication.level.1':
      'Las estadísticas no se publican, o solo se facilitan al ministerio previa solicitud.',
    'question.actionable-insights-publication.level.2':
      'Se publica un anuario estadístico en forma de documento (por ejemplo, un PDF) con cuadros nacionales y regionales; los datos subyacentes no están disponibles.',
    'question.actionable-insights-publication.level.3':
      'Los indicadores clave y los datos por escuela se publican en formatos reutilizables (hojas de cálculo, CSV) con sus definiciones, y los investigadores pueden obtener datos anonimizados mediante un procedimiento establecido.',
    'question.actionable-insights-publication.level.4':
      'Un portal de datos abiertos ofrece datos documentados por escuela, actualizados cada año; los datos anonimizados por estudiante se comparten con los investigadores en el marco de acuerdos, y el ministerio publica sus propios análisis.',
    'component.systems-integration.title': 'Integración de sistemas',
    'component.systems-integration.summary':
      'Una arquitectura del SIGE en la que los registros de escuelas, docentes y estudiantes comparten identificadores únicos, y sistemas de información del sistema educativo que intercambian datos mediante estándares abiertos e interfaces acordados.',
    'question.systems-integration-emis-architecture.title':
      '¿Cómo está organizado el sistema de información para la gestión educativa (SIGE)?',
    'question.systems-integration-emis-architecture.help':
      'Un SIGE es el conjunto de personas, procedimientos y software que recopilan, almacenan, procesan y comparten datos sobre escuelas, estudiantes, docentes, finanzas y resultados. Un identificador único es un código asignado a cada escuela, docente o estudiante que se mantiene igual en todos los sistemas y a lo largo de los años, de modo que los registros pueden vincularse sin depender de los nombres.',
    'question.systems-integration-emis-architecture.level.1':
      'Los datos se recopilan en cuestionarios en papel o en hojas de cálculo separadas que lleva cada departamento; no hay una base de datos central.',
    'question.systems-integration-emis-architecture.level.2':
      'Una base de datos central contiene el censo escolar anual a nivel de escuela, pero los datos de personal, exámenes y finanzas están en sistemas separados que no se comunican entre sí; solo las escuelas tienen códigos.',
    'question.systems-integration-emis-architecture.level.3':
      'El SIGE contiene registros de escuelas, docentes y estudiantes con identificadores únicos, y estos identificadores vinculan los principales subsistemas (censo, recursos humanos, exámenes).',
    'question.systems-integration-emis-architecture.level.4':
      'Un SIGE integrado, basado en una arquitectura documentada, conecta todos los subsistemas educativos, conserva el identificador de cada estudiante durante toda su escolaridad e intercambia datos de forma segura con otros sistemas del gobierno, como el registro civil, la salud, la protección social y las finanzas.',
    'question.systems-integration-interoperability.title':
      '¿Cómo intercambian datos entre sí los sistemas de información educativa?',
    'question.systems-integration-interoperability.help':
      'Aquí, los sistemas de información educativa son el SIGE, las plataformas de aprendizaje, los sistemas de exámenes y los sistemas de recursos humanos, nómina y finanzas que contienen datos educativos. La interoperabilidad es su capacidad de intercambiar datos sin tener que volver a procesarlos. Los estándares abiertos son especificaciones publicadas que cualquier proveedor puede aplicar, como LTI y xAPI para las plataformas de aprendizaje. Una interfaz de programación de aplicaciones (API) permite que un sistema solicite datos a otro de forma automática, sin exportar archivos manualmente.',
    'question.systems-integration-interoperability.level.1':
      'Cada sistema utiliza sus propios formatos, códigos y cuentas; pasar datos de un sistema a otro obliga a volver a introducirlos.',
    'question.systems-integration-interoperability.level.2':
      'Algunos datos se intercambian como archivos exportados mediante arreglos puntuales; las listas de códigos de escuelas, asignaturas o localidades difieren de un sistema a otro, y no se exige a los proveedores que sigan ningún estándar.',
    'question.systems-integration-interoperability.level.3':
      'El ministerio ha adoptado un diccionario de datos, listas de códigos comunes y especificaciones de interfaz basadas en estándares abiertos, y los exige en los contratos; el SIGE y los sistemas de exámenes y de recursos humanos intercambian datos a través de ellos.',
    'question.systems-integration-interoperability.level.4':
      'Todos los principales sistemas de información del sistema educativo, incluidas las plataformas de aprendizaje y las finanzas, intercambian datos automáticamente mediante interfaces (API) documentadas y seguras que siguen los estándares adoptados; un órgano de gobernanza de datos mantiene actualizados los estándares, y cada nuevo sistema se somete a pruebas de conformidad antes de conectarse.',
    'question.systems-integration-emis-platform.title':
      '¿Qué plataformas de SIGE utiliza el ministerio?',
    'question.systems-integration-emis-platform.help':
      'Por ejemplo: un sistema desarrollado internamente, una plataforma de código abierto como OpenEMIS o DHIS2 adaptada a la educación, o un producto comercial. Mencione los principales módulos en uso, quién desarrolla y mantiene cada uno y si el ministerio aloja el sistema por su cuenta.',
    'component.quality-coverage.title': 'Calidad y cobertura',
    'component.quality-coverage.summary':
      'Datos extraídos de los propios registros de las escuelas, disponibles poco después de su recopilación, que abarcan todas las escuelas, incluidas las no estatales, verificados con otras fuentes y desglosados para poner de manifiesto las desigualdades.',
    'question.quality-coverage-collection.title':
      '¿Cómo se recopilan los datos escolares para el SIGE?',
    'question.quality-coverage-collection.help':
      'Un sistema de gestión escolar es un software en el que una escuela lleva sus propios registros: matrícula, asistencia, personal y calificaciones. La rapidez con que los datos están disponibles se pregunta en la pregunta siguiente.',
    'question.quality-coverage-collection.level.1':
      'Las escuelas rellenan formularios censales en papel, que se digitan a nivel distrital o central.',
    'question.quality-coverage-collection.level.2':
      'Las escuelas o los distritos introducen el censo en un formulario electrónico o una hoja de cálculo, pero las cifras se copian a mano de registros llevados en papel.',
    'question.quality-coverage-collection.level.3':
      'La mayoría de las escuelas llevan sus registros de matrícula, asistencia y personal en un sistema digital de gestión escolar, y sus respuestas al censo se generan a partir de él sin volver a digitarlas.',
    'question.quality-coverage-collection.level.4':
      'Casi todas las escuelas llevan registros digitales que actualizan directamente el SIGE, de modo que no se necesita un formulario censal aparte; las escuelas utilizan esos mismos registros para su propia gestión, como el seguimiento de las ausencias.',
    'question.quality-coverage-timeliness.title':
      '¿Cuánto tiempo después de la recopilación están disponibles para los usuarios los resultados del censo escolar?',
    'question.quality-coverage-timeliness.help':
      'Cuente desde el final de la recopilación de datos hasta el día en que los resultados validados llegan a los planificadores, las oficinas regionales y las escuelas, en el SIGE, en tableros de control o en una publicación. Cuando los datos se recopilan de forma continua, responda para las cifras que necesitan la mayoría de los usuarios.',
    'question.quality-coverage-timeliness.option.over-twelve-months':
      'Más de doce meses después de la recopilación, o los resultados no se ponen a disposición de los usuarios',
    'question.quality-coverage-timeliness.option.within-twelve-months':
      'En un plazo de doce meses, pero de más de seis',
    'question.quality-coverage-timeliness.option.within-six-months':
      'En un plazo de seis meses, pero de más de uno',
    'question.quality-coverage-timeliness.option.within-one-month':
      'En el mes siguiente a la recopilación, o de forma continua a medida que se actualizan los registros de las escuelas',
    'question.quality-coverage-completeness.title':
      '¿Qué grado de exhaustividad tiene la cobertura del censo escolar, incluidas las escuelas no estatales?',
    'question.quality-coverage-completeness.help':
      'Las escuelas no estatales son las escuelas privadas, comunitarias, confesionales y gestionadas por ONG. Un registro de escuelas (o directorio maestro) es la lista oficial de todas las escuelas con sus códigos únicos, con respecto a la cual se contabilizan las respuestas al censo.',
    'question.quality-coverage-completeness.level.1':
      'El censo omite una proporción importante de escuelas, a menudo privadas, comunitarias o religiosas, y no hay un registro de escuelas con el que contabilizar las que faltan.',
    'question.quality-coverage-completeness.level.2':
      'Casi todas las escuelas públicas responden, pero las escuelas no estatales solo están cubiertas en parte, y las tasas de respuesta no se publican.',
    'question.quality-coverage-completeness.level.3':
      'Más del 95 % de las escuelas públicas y de las escuelas no estatales registradas responden cada año, contabilizadas con respecto a un registro de escuelas que se mantiene actualizado, y las tasas de respuesta se publican.',
    'question.quality-coverage-completeness.level.4':
      'Casi todas las escuelas, públicas y no estatales, registradas o no, responden cada año; el registro de escuelas se coteja cada año con otras fuentes (autoridades locales, mapa escolar) y se añaden las escuelas que faltan; las tasas de respuesta se publican por tipo de escuela.',
    'question.quality-coverage-reliability.title':
      '¿Se verifican las cifras del SIGE antes de utilizarlas?',
    'question.quality-coverage-reliability.help':
      'La conciliación compara la misma cifra procedente de dos fuentes, por ejemplo el número de docentes en el censo y en la nómina, o la matrícula y la población en edad escolar.',
    'question.quality-coverage-reliability.level.1':
      'Las cifras no se verifican: los errores se detectan, si acaso, cuando los usuarios los advierten, y las fuentes dan cifras distintas para una misma cosa.',
    'question.quality-coverage-reliability.level.2':
      'Los controles en la introducción de datos detectan valores faltantes o imposibles, pero las cifras no se comparan con otras fuentes ni se verifican en las escuelas.',
    'question.quality-coverage-reliability.level.3':
      'Se aplican reglas de validación automatizadas en la introducción de datos; cada año se visita una muestra de escuelas para comparar las respuestas con los registros, las cifras clave se concilian con otras fuentes (nómina, exámenes, estimaciones de población) y las correcciones se registran.',
    'question.quality-coverage-reliability.level.4':
      'Además, la calidad de los datos se evalúa al menos cada tres años con respecto a un marco de referencia, como el del Instituto de Estadística de la UNESCO; las tasas de error detectadas en las verificaciones sobre el terreno se publican, y las deficiencias encontradas se corrigen y se les da seguimiento.',
    'question.quality-coverage-disaggregation.title':
      '¿Pueden desglosarse los datos para mostrar qué estudiantes se están quedando rezagados?',
    'question.quality-coverage-disaggregation.help':
      'Las preguntas basadas en el funcionamiento indagan sobre las dificultades para realizar actividades como ver, oír, caminar o aprender, en lugar de sobre un diagnóstico médico; el Módulo sobre el Funcionamiento Infantil elaborado por UNICEF y el Grupo de Washington sobre Estadísticas de la Discapacidad es una referencia habitual.',
    'question.quality-coverage-disaggregation.level.1':
      'Los datos son sobre todo recuentos agregados por escuela, desglosados como mucho por sexo.',
    'question.quality-coverage-disaggregation.level.2':
      'Los datos están disponibles por sexo, edad, grado y región; la discapacidad no se registra, o se registra con definiciones que varían de una escuela a otra.',
    'question.quality-coverage-disaggregation.level.3':
      'Los datos por estudiante pueden desglosarse por sexo, edad, ubicación (urbana o rural, distrito), discapacidad registrada mediante preguntas basadas en el funcionamiento, y una medida del nivel socioeconómico.',
    'question.quality-coverage-disaggregation.level.4':
      'Se publican regularmente análisis que combinan estas dimensiones (por ejemplo, niñas con discapacidad de zonas rurales) y se utilizan para focalizar los recursos, y los datos muestran también el acceso de los estudiantes a dispositivos y a conectividad en el hogar.',
    'component.security-privacy.title': 'Seguridad y privacidad',
    'component.security-privacy.summary':
      'Protección jurídica de los datos personales de los estudiantes, una autoridad que la hace cumplir, prácticas que mantienen seguros los sistemas de información del sistema educativo y sus datos, e información clara para las familias sobre qué se recopila y por qué.',
    'question.security-privacy-law.title':
      '¿Protege la ley los datos personales de los estudiantes?',
    'question.security-privacy-law.help':
      'Cuente solo los textos adoptados y en vigor: un proyecto de ley en discusión no cuenta. Las normas específicas sobre los datos de niñas y niños pueden figurar en la propia ley, en reglamentos o en un código vinculante para la educación, por ejemplo sobre el consentimiento, la minimización de datos o la prohibición de la elaboración de perfiles comerciales de los estudiantes. Si una autoridad hace cumplir la ley se pregunta en la pregunta siguiente.',
    'question.security-privacy-law.level.1':
      'No hay ninguna ley de protección de datos en vigor; puede que haya un proyecto de ley en discusión.',
    'question.security-privacy-law.level.2':
      'Está en vigor una ley general de protección de datos, pero no abarca claramente la educación: los organismos públicos o las escuelas están exentos, o no está claro si los datos de los estudiantes entran en su ámbito.',
    'question.security-privacy-law.level.3':
      'Una ley de protección de datos en vigor se aplica claramente a los datos personales de los estudiantes que poseen el ministerio, las escuelas y sus proveedores, con una base jurídica para cada uso, limitación de la finalidad y derechos de acceso y rectificación.',
    'question.security-privacy-law.level.4':
      'Además de una ley de este tipo, están en vigor normas vinculantes específicas sobre los datos de niñas y niños en la educación (consentimiento, minimización de datos, prohibición de la publicidad y de la elaboración de perfiles comerciales), y se han revisado en los últimos cinco años para tener en cuenta nuevas tecnologías como la IA.',
    'question.security-privacy-authority.title':
      '¿Con qué grado de actividad hace cumplir una autoridad la protección de datos en la educación?',
    'question.security-privacy-authority.help':
      'Una autoridad de protección de datos es un organismo público, por lo general independiente (por ejemplo, una comisión o un comisionado), que tramita denuncias, investiga y puede imponer sanciones. Evidencia: su informe anual, sus decisiones y sus orientaciones.',
    'question.security-privacy-authority.level.1':
      'Ninguna autoridad hace cumplir la protección de datos, o la que prevé la ley no se ha creado.',
    'question.security-privacy-authority.level.2':
      'Se ha creado una autoridad, pero carece del personal o del presupuesto necesarios para actuar: tramita pocas denuncias y no ha investigado a ningún organismo público.',
    'question.security-privacy-authority.level.3':
      'La autoridad tramita denuncias, investiga a organismos públicos y privados, dicta órdenes o impone sanciones, y publica un informe anual.',
    'question.security-privacy-authority.level.4':
      'Además, la autoridad es activa en la educación: ha publicado orientaciones para las escuelas o los proveedores de tecnología educativa, ha auditado sistemas informáticos o herramientas del sistema educativo en los últimos tres años y publica sus decisiones relativas a la educación.',
    'question.security-privacy-practice.title':
      '¿Cómo se protegen en la práctica los datos personales en los sistemas informáticos del sistema educativo?',
    'question.security-privacy-practice.help':
      'Una evaluación de impacto relativa a la protección de datos es un examen documentado, realizado antes de que un sistema entre en funcionamiento, de los riesgos que plantea para la privacidad de las personas y de cómo se reducirán. Evidencia: el nombramiento de un delegado de protección de datos, las políticas de acceso, los contratos con los proveedores y el registro de incidentes.',
    'question.security-privacy-practice.level.1':
      'No hay reglas sobre quién puede ver los datos personales; los archivos circulan por correo electrónico o en memorias USB, las cuentas y las contraseñas se comparten, y las violaciones de seguridad no se registran.',
    'question.security-privacy-practice.level.2':
      'El ministerio ha emitido instrucciones de confidencialidad, pero el acceso no se asigna según la función, nadie es formalmente responsable y no se verifica cómo tratan los datos los proveedores.',
    'question.security-privacy-practice.level.3':
      'Se ha designado un delegado de protección de datos; el acceso se basa en funciones y queda registrado; los nuevos sistemas se someten a una evaluación de impacto relativa a la protección de datos; los contratos con los proveedores limitan el uso de los datos y exigen notificar las violaciones de seguridad; existe un procedimiento de respuesta a las violaciones que se ha utilizado o puesto a prueba.',
    'question.security-privacy-practice.level.4':
      'Se realizan periódicamente auditorías de seguridad independientes y pruebas de penetración; el personal con acceso a los datos recibe formación cada año; las normas sobre los datos de niñas y niños (minimización de datos, prohibición de la publicidad y de la elaboración de perfiles comerciales) se verifican para cada herramienta digital utilizada en las escuelas, y las violaciones de seguridad y la respuesta dada se comunican públicamente.',
    'question.security-privacy-transparency.title':
      '¿Se informa a los estudiantes y a las familias de qué datos personales se recopilan y con qué finalidad?',
    'question.security-privacy-transparency.help':
      'Un aviso de privacidad informa a las personas de qué datos personales se recopilan sobre ellas, por qué, quién los recibe y durante cuánto tiempo se conservan.',
    'question.security-privacy-transparency.level.1':
      'No se informa a las familias de qué datos se recopilan sobre los estudiantes ni de cómo se utilizan.',
    'question.security-privacy-transparency.level.2':
      'Existen avisos de privacidad para algunas plataformas, pero están redactados en términos jurídicos y solo en la lengua oficial.',
    'question.security-privacy-transparency.level.3':
      'Avisos en lenguaje sencillo, en las lenguas que utilizan las familias, explican para el SIGE y cada plataforma principal qué se recopila, por qué, quién lo recibe y durante cuánto tiempo se conserva; las escuelas los entregan a las familias en el momento de la matrícula.',
    'question.security-privacy-transparency.level.4':
      'Estos avisos abarcan todos los sistemas y herramientas digitales utilizados en las escuelas, incluidas las herramientas de los proveedores, y se mantiene actualizada una lista pública de ellos; se explica a los estudiantes, en términos adaptados a su edad, qué ocurre con sus datos, y una encuesta realizada al menos cada tres años comprueba que las familias comprenden los avisos, que se revisan en consecuencia.',
    'component.artificial-intelligence.title': 'Inteligencia artificial',
    'component.artificial-intelligence.summary':
      'Políticas, orientaciones éticas, marcos de competencias y normas de adquisición que permiten a estudiantes y docentes beneficiarse de la IA y, al mismo tiempo, los protegen de sus riesgos.',
    'question.artificial-intelligence-policy.title':
      '¿Establece una política nacional normas éticas para el uso de la IA en la educación?',
    'question.artificial-intelligence-policy.help':
      'Evidencia: la política o las directrices publicadas, y los marcos de competencias en IA para docentes y estudiantes que las acompañan. La Guía para el uso de IA generativa en educación e investigación de la UNESCO (2023) y su Recomendación sobre la Ética de la Inteligencia Artificial (2021) son referencias habituales para las políticas nacionales.',
    'question.artificial-intelligence-policy.level.1':
      'No hay ninguna política ni orientación; el uso de la IA en la educación no se fomenta ni se regula.',
    'question.artificial-intelligence-policy.level.2':
      'La educación se menciona en una estrategia nacional de IA o en una declaración ministerial, o se han prohibido de plano las herramientas de IA, pero las escuelas no tienen orientaciones prácticas.',
    'question.artificial-intelligence-policy.level.3':
      'El ministerio ha publicado una política sobre la IA en la educación que establece principios éticos (capacidad de acción humana, equidad, transparencia, privacidad) y usos permitidos, junto con marcos de competencias en IA para docentes y estudiantes.',
    'question.artificial-intelligence-policy.level.4':
      'La política se elaboró con docentes, estudiantes, familias e investigadores; un organismo designado vigila su aplicación, y se revisa al menos cada dos años para mantenerse al ritmo de la tecnología.',
    'question.artificial-intelligence-generative.title':
      '¿Cómo se regula en las escuelas el uso de la IA generativa por parte de docentes y estudiantes?',
    'question.artificial-intelligence-generative.help':
      'La IA generativa produce texto, imágenes, sonido o código en respuesta a instrucciones, como hacen los chatbots. La guía de la UNESCO de 2023 propone una edad mínima de 13 años para el uso autónomo de estas herramientas por parte de los estudiantes.',
    'question.artificial-intelligence-generative.level.1':
      'No hay reglas: docentes y estudiantes utilizan los chatbots públicos que prefieren con cuentas personales, y las escuelas reaccionan ante los incidentes uno por uno.',
    'question.artificial-intelligence-generative.level.2':
      'Una circular permite, restringe o prohíbe la IA generativa, pero sin formación ni seguimiento, y las escuelas la interpretan de maneras distintas.',
    'question.artificial-intelligence-generative.level.3':
      'Las escuelas aplican reglas comunes sobre qué herramientas están aprobadas, las edades mínimas, qué datos personales pueden introducirse y cómo debe declararse el trabajo realizado con ayuda de la IA en las tareas evaluadas; los docentes han recibido formación sobre estas reglas.',
    'question.artificial-intelligence-generative.level.4':
      'Las herramientas aprobadas se proporcionan en virtud de acuerdos del ministerio con salvaguardias de protección de datos y de contenido; se hace un seguimiento del uso, se notifican los incidentes y se actualizan las reglas, y se enseña a los estudiantes a cuestionar lo que produce la IA.',
    'question.artificial-intelligence-procurement.title':
      '¿Existen reglas para adquirir herramientas de IA destinadas a la educación?',
    'question.artificial-intelligence-procurement.level.1':
      'Las herramientas de IA (aprendizaje adaptativo, corrección automatizada, supervisión remota de exámenes, chatbots) se compran, o se aceptan de proveedores y donantes, sin ningún requisito específico.',
    'question.artificial-intelligence-procurement.level.2':
      'Se aplican las reglas generales de adquisiciones de TI; algunos contratos incluyen cláusulas sobre datos, pero nada específico de la IA, como las pruebas de sesgo, la transparencia o la supervisión humana.',
    'question.artificial-intelligence-procurement.level.3':
      'Las reglas de adquisición de herramientas de IA exigen una evaluación de impacto (derechos, sesgos, privacidad), evidencia de que la herramienta funciona para los estudiantes y las lenguas del país, una explicación de cómo llega a sus resultados, la revisión humana de las decisiones que afectan a los estudiantes y la propiedad de los datos por parte del ministerio.',
    'question.artificial-intelligence-procurement.level.4':
      'Un registro público enumera los sistemas de IA utilizados en la educación; después de su implantación se auditan para detectar sesgos y efectos en los estudiantes, los contratos permiten suspenderlos y los resultados de las auditorías se publican.',
    'outcome.access.title': 'Acceso a la educación',
    'outcome.access.summary':
      'Más niños, niñas, jóvenes y personas adultas pueden matricularse y seguir su educación, incluso donde las escuelas están lejos o cerradas.',
    'outcome.quality-learning.title': 'Aprendizaje de calidad',
    'outcome.quality-learning.summary':
      'Los estudiantes dominan las competencias básicas, así como los conocimientos, las competencias digitales y las demás competencias establecidas en el currículo.',
    'outcome.equity-inclusion.title': 'Equidad e inclusión',
    'outcome.equity-inclusion.summary':
      'Se reducen las brechas de acceso y de aprendizaje entre ricos y pobres, zonas urbanas y rurales, niñas y niños, y estudiantes con y sin discapacidad.',
    'outcome.teaching.title': 'Docencia',
    'outcome.teaching.summary':
      'Los docentes están mejor preparados, apoyados y equipados, y dedican más tiempo a la enseñanza y menos a las tareas administrativas.',
    'outcome.efficiency-management.title': 'Eficiencia y gestión',
    'outcome.efficiency-management.summary':
      'El sistema planifica, asigna recursos y apoya a las escuelas utilizando datos oportunos, y obtiene más valor del dinero que gasta.',
    'outcome.resilience.title': 'Resiliencia',
    'outcome.resilience.summary':
      'El aprendizaje continúa durante las crisis, como pandemias, conflictos y desastres naturales, y las escuelas se recuperan de ellas con mayor rapidez.',
    about:
      'El marco y sus seis pilares proceden de “Six pillars for the digital transformation of education: a common framework” (Seis pilares para la transformación digital de la educación: un marco común), publicado en 2024 por la UNESCO junto con UNICEF, la UIT, la Alianza Mundial para la Educación (GPE) y los socios de la Digital Transformation Collaborative. Los componentes de dos pilares, “conectividad e infraestructura” y “datos y evidencia”, son los que figuran en el material publicado y están marcados como publicados. Todo lo demás es una propuesta propia de esta herramienta: los componentes de los otros cuatro pilares (marcados como propuestos), cada pregunta, cada descriptor de nivel y la redacción de la visión y de los resultados educativos. Se ofrece para el debate, para que quienes lo utilicen lo revisen y lo adapten.',
  },
};

export default es;
