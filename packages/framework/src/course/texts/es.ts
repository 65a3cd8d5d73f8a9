/** The course's texts in "es", keyed as in `mapCourseTexts`. */
import type { CourseTexts } from '@dtc/schema';

const es: CourseTexts = {
  format: 'dtc.course-texts',
  version: 1,
  framework: {
    id: 'six-pillars',
    version: '2.0.0',
  },
  locale: 'es',
  texts: {
    'module.coordination-leadership.overview':
      'Este pilar examina si el gobierno dirige la transformación digital de la educación o si se limita a seguirla. Abarca cinco aspectos: una estrategia nacional de educación digital vinculada al plan sectorial de educación; la coordinación entre los ministerios y los niveles de gobierno cuyas decisiones influyen en el aprendizaje digital en las escuelas; las alianzas con donantes, empresas y sociedad civil dirigidas por el gobierno; las políticas y normas que protegen a los estudiantes, ante todo a niñas y niños; y la equidad, para que las niñas, los estudiantes desplazados y los de zonas remotas no se queden aún más rezagados. Las preguntas piden evidencia: textos adoptados, mandatos, actas, informes de seguimiento.',
    'module.coordination-leadership.whyItMatters':
      'Los dispositivos, las conexiones y las plataformas no suman por sí solos una transformación. Donde nadie tiene una visión de conjunto, los proyectos se multiplican, se superponen y se interrumpen cuando se acaba su financiamiento, y los costos de funcionamiento que dejan recaen en las escuelas. Un gobierno que fija el rumbo, asigna responsabilidades claras y verifica los resultados puede lograr que los aportes de los ministerios, las regiones y los socios se sumen. Es también el único actor capaz de garantizar que se atienda primero a los estudiantes que más necesitan la acción pública, y no a los más fáciles de alcanzar.',
    'module.coordination-leadership.reflection.0':
      '¿Quién, con nombre y cargo, responde hoy de la transformación digital de la educación, y qué puede decidir esa persona o unidad sin consultar a nadie más?',
    'module.coordination-leadership.reflection.1':
      '¿Qué iniciativas de educación digital en curso en el país no fueron planificadas por el ministerio, y cómo se enteró este de su existencia?',
    'module.coordination-leadership.reflection.2':
      '¿Qué estudiantes serían los últimos en beneficiarse si los planes actuales se ejecutaran tal como están redactados, y qué habría que cambiar en esos planes para evitarlo?',
    'module.coordination-leadership.reflection.3':
      '¿Qué evidencia podría presentar hoy el equipo para respaldar cada respuesta que da en este pilar?',
    'section.digital-strategy.overview':
      'Una estrategia nacional de educación digital establece qué espera el país de la tecnología para el aprendizaje, para quién, en qué plazo, con qué costo y bajo la responsabilidad de quién. Puede ser un documento independiente o un capítulo del plan sectorial de educación o de la estrategia digital nacional; lo importante es que esté adoptada, tenga costos estimados, esté vinculada a los objetivos del sector y se revise en función de sus metas.',
    'section.digital-strategy.whyItMatters':
      'Sin una estrategia adoptada, las iniciativas digitales responden a las ofertas de proveedores y donantes y no a las necesidades de los estudiantes, y cada nuevo proyecto parte de cero. Una estrategia da al ministerio una base para decir que no, y también que sí, para crear líneas presupuestarias y para pedir a los socios que se alineen. Una estrategia sin costos estimados ni revisiones suele quedarse en un cajón.',
    'section.digital-strategy.practice.0':
      'Partir de los problemas educativos que el país quiere resolver y solo entonces preguntarse qué tecnologías pueden ayudar, si es que alguna puede. El primero de los cinco principios del Banco Mundial para invertir en tecnología educativa consiste en empezar preguntándose por qué, y el Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO examina cada uso de la tecnología según su pertinencia, su equidad, su escalabilidad y su sostenibilidad.',
    'section.digital-strategy.practice.1':
      'Redactar la estrategia como un plan ejecutable: metas con líneas de base, una estimación de costos año por año, un calendario, una unidad responsable designada y un marco de seguimiento, con un ciclo fijo de revisión y actualización. Las directrices de la UNESCO para la elaboración de políticas y planes maestros de TIC en educación proponen una hoja de ruta iterativa de este tipo, que abarca la gobernanza, el financiamiento, las actividades orientadas a resultados y la ejecución.',
    'section.digital-strategy.practice.2':
      'Vincular la estrategia al plan sectorial de educación y a la estrategia digital nacional, de modo que sus metas figuren en el marco de resultados del sector y sus costos en el presupuesto sectorial, y no en un documento paralelo que solo leen los socios.',
    'section.digital-strategy.pitfall.0':
      'Una estrategia redactada por consultores para un donante, adoptada sin la participación del departamento de presupuesto y olvidada cuando termina el proyecto.',
    'section.digital-strategy.pitfall.1':
      'Metas expresadas en equipos entregados, como dispositivos repartidos o aulas conectadas, sin ninguna meta de uso ni de aprendizaje.',
    'section.digital-strategy.pitfall.2':
      'Una estrategia que ha expirado sin que nadie lo advierta, porque nunca se fijó una fecha de revisión.',
    'section.digital-strategy.example.0':
      'En febrero de 2014, el gobierno de Estonia aprobó la Estrategia de Aprendizaje a lo Largo de la Vida 2020 (Estonian Lifelong Learning Strategy 2020), que hizo de la orientación digital del aprendizaje a lo largo de la vida uno de sus cinco objetivos estratégicos. La estrategia era la base declarada de las decisiones del gobierno sobre el financiamiento de la educación para 2014-2020, de modo que el aprendizaje digital formaba parte de la estrategia educativa en lugar de ir por separado.',
    'section.digital-strategy.example.1':
      'En 2022, el Departamento de Educación de Irlanda publicó la Digital Strategy for Schools to 2027, elaborada tras una consulta, como sucesora de su Digital Strategy for Schools 2015-2020. Se organiza en tres pilares: las tecnologías digitales en la enseñanza, el aprendizaje y la evaluación; la infraestructura de tecnología digital; y las políticas, la investigación y el liderazgo digital.',
    'section.digital-strategy.reflection.0':
      'Si mañana se retirara la estrategia vigente, ¿qué líneas presupuestarias, proyectos o decisiones cambiarían?',
    'section.digital-strategy.reflection.1':
      '¿Qué metas de la estrategia tienen una línea de base y una fuente de datos, y cuáles no?',
    'section.digital-strategy.reflection.2':
      '¿Cuándo se revisó por última vez la estrategia en función de sus metas, y qué cambió como resultado?',
    'section.digital-strategy.reflection.3':
      '¿Quién redactó la estrategia y a quién se consultó: docentes, estudiantes, regiones, el ministerio de finanzas?',
    'section.cross-government-coordination.overview':
      'Muchas decisiones que determinan la educación digital se toman fuera del ministerio de educación: la regulación de las telecomunicaciones y los fondos de servicio universal, la electricidad, las finanzas públicas, la protección de datos, la agencia digital nacional y los gobiernos regionales o locales que son propietarios de escuelas o las administran. Este componente examina si un órgano permanente reúne a estos actores, si cada uno tiene un mandato por escrito y si las decisiones llegan a las regiones.',
    'section.cross-government-coordination.whyItMatters':
      'El ministerio de educación no puede conectar las escuelas por sí solo, ni mantener los dispositivos en funcionamiento si nadie paga a los técnicos. Cuando los ministerios actúan por separado, una misma escuela puede ser objeto de dos encuestas y no llegar nunca a conectarse, o recibir equipos de un programa y quedarse sin electricidad por culpa de otro. Los mandatos por escrito convierten la buena voluntad en obligaciones que sobreviven a un cambio de ministro.',
    'section.cross-government-coordination.practice.0':
      'Trazar un mapa de quién decide qué: para cada aspecto de la educación digital (conectividad, electricidad, dispositivos, contenidos, datos, protección), indicar la institución responsable, la ley o el decreto que le asigna esa función y el presupuesto que controla. Las notas de país de la OCDE de 2023 sobre los ecosistemas y la gobernanza de la educación digital describen cómo se reparten las responsabilidades entre los organismos públicos en cada uno de los países que abarcan, y pueden servir de modelo para este ejercicio.',
    'section.cross-government-coordination.practice.1':
      'Dotar al órgano de coordinación de una base jurídica, una presidencia con autoridad sobre sus miembros, una secretaría, un calendario de reuniones y decisiones publicadas. Es más difícil dejar languidecer un órgano creado por ley, con instituciones miembros designadas, que un comité que se reúne cuando lo pide un donante.',
    'section.cross-government-coordination.practice.2':
      'Integrar a los gobiernos regionales y locales en el plan mediante acuerdos escritos que establezcan lo que aporta cada nivel (conexión, equipos, personal, costos de funcionamiento) y el apoyo que recibe a cambio, para que las decisiones nacionales lleguen a las escuelas que deben aplicarlas.',
    'section.cross-government-coordination.pitfall.0':
      'Un comité de coordinación con muchos miembros pero sin poder de decisión, cuyas actas recogen debates y ninguna decisión.',
    'section.cross-government-coordination.pitfall.1':
      'Dejar fuera al ministerio de finanzas y al regulador de las telecomunicaciones, que tienen el dinero y las palancas de la conectividad.',
    'section.cross-government-coordination.pitfall.2':
      'Decisiones nacionales que nunca llegan a los distritos y las escuelas que deben aplicarlas.',
    'section.cross-government-coordination.example.0':
      'En 2010, la Ley n.º 18.640 del Uruguay creó un centro público no estatal, vinculado a la Presidencia de la República, para ejecutar programas entre los que figuraba el Plan Ceibal de conectividad educativa. Su consejo directivo reunía a delegados del Poder Ejecutivo, que lo preside, de la Administración Nacional de Educación Pública (ANEP) y de los ministerios de Educación y Cultura, de Salud Pública y de Economía y Finanzas.',
    'section.cross-government-coordination.example.1':
      'El Decreto n.º 9.204 del Brasil, de noviembre de 2017, creó el Programa de Inovação Educação Conectada para apoyar el acceso universal a internet de alta velocidad y el uso pedagógico de la tecnología digital en la educación básica. El decreto plantea el programa como un esfuerzo conjunto del gobierno federal, los estados, el Distrito Federal, los municipios, las escuelas, el sector empresarial y la sociedad civil.',
    'section.cross-government-coordination.reflection.0':
      '¿Qué institución ajena al ministerio de educación podría bloquear mañana la estrategia digital, y forma parte del órgano de coordinación?',
    'section.cross-government-coordination.reflection.1':
      '¿Qué decidió el órgano de coordinación en su última reunión, y quién lo ha ejecutado?',
    'section.cross-government-coordination.reflection.2':
      '¿Cómo se entera un funcionario regional o de distrito de una decisión nacional sobre educación digital, y cuánto tiempo tarda?',
    'section.cross-government-coordination.reflection.3':
      'Cuando dos organismos reclaman la misma tarea, o ninguno la asume, ¿quién zanja la cuestión?',
    'section.partnerships.overview':
      'Los socios para el desarrollo, las empresas de tecnología, los operadores de telecomunicaciones, las fundaciones y las organizaciones de la sociedad civil aportan dinero, productos y conocimientos especializados. Este componente examina si el gobierno los dirige: si los proyectos de los socios están alineados con la estrategia nacional y son conocidos por el ministerio, y si existen reglas de colaboración por escrito que regulen lo que los socios pueden hacer en las escuelas, con los datos de los estudiantes y con los contenidos pagados con fondos públicos.',
    'section.partnerships.whyItMatters':
      'Los socios pueden acelerar un plan nacional o fragmentarlo. Los proyectos piloto que utilizan cada uno una plataforma, un dispositivo o un formato de datos distinto dejan al ministerio con sistemas que no puede mantener, y las ofertas gratuitas pueden convertirse en dependencias costosas cuando termina el período gratuito. Unas reglas claras permiten al gobierno aceptar ayuda sin perder el control de las prioridades, los datos y los costos a largo plazo.',
    'section.partnerships.practice.0':
      'Mantener un registro único de todos los proyectos de educación digital financiados por socios (qué, dónde, cuánto, hasta cuándo) y revisarlo con ellos cada año a la luz de la estrategia nacional, por ejemplo en la revisión sectorial conjunta. Movilizar a todo el ecosistema, uno de los cinco principios del Banco Mundial para la tecnología educativa, supone que el gobierno sabe quién hace qué.',
    'section.partnerships.practice.1':
      'Fijar reglas de colaboración antes de firmar nada: alineación con la estrategia, estándares abiertos y formatos abiertos, propiedad y protección de los datos de los estudiantes, prohibición de dirigir publicidad a niñas y niños, y un plan que defina quién pagará los costos de funcionamiento una vez terminado el proyecto. El Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO sostiene que las normas sobre tecnología elaboradas fuera del sector educativo pueden no responder a sus necesidades, y el Comité de los Derechos del Niño de las Naciones Unidas pide a los Estados que protejan a niñas y niños frente a la explotación comercial en el entorno digital.',
    'section.partnerships.pitfall.0':
      'Aceptar dispositivos o licencias gratuitos sin preguntar quién los mantendrá, los reemplazará y los pagará cuando termine la oferta.',
    'section.partnerships.pitfall.1':
      'Proyectos piloto evaluados por el mismo socio que los ejecuta y ampliados a mayor escala sobre la base de esa única evidencia.',
    'section.partnerships.pitfall.2':
      'Acuerdos que no dejan claro a quién pertenecen los datos de los estudiantes o los contenidos producidos con dinero público.',
    'section.partnerships.reflection.0':
      '¿Cuántos proyectos de socios en educación digital están en curso actualmente, y podría el ministerio enumerarlos sin preguntar a los socios?',
    'section.partnerships.reflection.1':
      '¿Ha rechazado o modificado alguna vez el ministerio la oferta de un socio porque no encajaba en la estrategia?',
    'section.partnerships.reflection.2':
      '¿Qué pasa con las plataformas, los dispositivos y los datos de un proyecto de un socio el día en que termina?',
    'section.policy-regulation.overview':
      'Este componente examina dos tipos de normas. Las primeras protegen a niñas y niños en la educación digital: frente a los contenidos nocivos, el ciberacoso, el grooming y la explotación, y frente al uso indebido de sus datos personales. Las segundas hacen que las políticas rindan cuentas: indicadores, informes periódicos y revisiones que muestran si se está haciendo lo que se decidió. Los estándares de interoperabilidad y de contenidos accesibles se tratan en otros pilares.',
    'section.policy-regulation.whyItMatters':
      'Llevar a los estudiantes a internet introduce en la escuela los riesgos del mundo en línea, y las escuelas recopilan más datos sobre niñas y niños que casi cualquier otra institución. Las normas pensadas para adultos o para el comercio rara vez se ajustan a esta realidad. El seguimiento importa por la misma razón que las normas: sin indicadores ni informes, un ministerio no puede saber si la protección funciona, si las escuelas utilizan lo que recibieron o dónde debe corregir el rumbo.',
    'section.policy-regulation.practice.0':
      'Fundamentar la protección de la infancia en los derechos del niño. La Observación general núm. 25 (2021) del Comité de los Derechos del Niño de las Naciones Unidas pide a los Estados que protejan a niñas y niños de los daños en el entorno digital respetando al mismo tiempo sus derechos a la información, a la participación y a la privacidad, y que regulen el uso que hacen las empresas de sus datos.',
    'section.policy-regulation.practice.1':
      'Establecer normas que obliguen a los servicios en línea que utilizan las escuelas, y no solo a las escuelas: configuración de privacidad alta por defecto, recopilación de los datos mínimos necesarios, elaboración de perfiles desactivada por defecto y un regulador con capacidad de control. El código de buenas prácticas sobre diseño adecuado a la edad adoptado en el Reino Unido es uno de los modelos de este tipo de normas.',
    'section.policy-regulation.practice.2':
      'Hacer el seguimiento de la aplicación con un conjunto reducido de indicadores tomados del marco de resultados de la estrategia, comunicados con una periodicidad fija y publicados, para que el órgano de coordinación y los socios debatan sobre las mismas cifras, y tener en cuenta las conclusiones en la revisión periódica de la estrategia.',
    'section.policy-regulation.pitfall.0':
      'Confiar en una ley general de protección de datos que nadie ha interpretado para las escuelas y las plataformas educativas.',
    'section.policy-regulation.pitfall.1':
      'Una protección reducida al bloqueo de sitios web, sin ningún procedimiento para denunciar y gestionar incidentes como el ciberacoso.',
    'section.policy-regulation.pitfall.2':
      'Informes de seguimiento que cuentan entregas y sesiones de formación pero nunca informan sobre el uso ni sobre el aprendizaje.',
    'section.policy-regulation.example.0':
      'En el Reino Unido, la Information Commissioner’s Office (autoridad de protección de datos) publicó el Age appropriate design code, un código de buenas prácticas de carácter legal previsto en la Ley de Protección de Datos de 2018 (Data Protection Act 2018). Entró en vigor en septiembre de 2020 con un período de transición de doce meses y fija 15 normas para los servicios en línea a los que probablemente accedan niñas y niños, incluidos los sitios web y las aplicaciones educativas.',
    'section.policy-regulation.example.1':
      'La Ley n.º 2018-698 de Francia, de 3 de agosto de 2018, prohíbe a los alumnos utilizar teléfonos móviles y otros dispositivos conectados en las escuelas de educación infantil y primaria y en los centros de secundaria inferior (collèges), salvo con fines pedagógicos y en los lugares que autorice el reglamento del centro; los centros de secundaria superior pueden establecer una prohibición en su propio reglamento. La misma ley añadió a las finalidades de la escuela la educación para un uso cívico y responsable de internet.',
    'section.policy-regulation.reflection.0':
      'Si mañana un alumno sufriera acoso a través de una plataforma escolar, ¿a quién se informaría y qué ocurriría a continuación?',
    'section.policy-regulation.reflection.1':
      '¿Qué normas obligan a las empresas cuyos servicios utilizan las escuelas con niñas y niños, y quién comprueba que se cumplan?',
    'section.policy-regulation.reflection.2':
      '¿Qué indicadores de la estrategia digital se comunicaron por última vez, cuándo y a quién?',
    'section.policy-regulation.reflection.3':
      '¿Se ha preguntado a los estudiantes o a las familias hasta qué punto se sienten seguros en el aprendizaje digital?',
    'section.inclusion.overview':
      'El componente de equidad e inclusión examina si la educación digital llega, en igualdad de condiciones, a los estudiantes que con más facilidad quedan excluidos. El marco se centra en tres grupos: las niñas y las mujeres, incluidas las docentes, cuyas brechas de acceso y de competencias deben medirse y abordarse; los estudiantes refugiados, desplazados internos y migrantes, que deberían aprender dentro de los sistemas nacionales en una lengua que comprendan; y los estudiantes de zonas remotas y rurales.',
    'section.inclusion.whyItMatters':
      'La tecnología tiende a llegar primero a quienes ya tienen más: hogares conectados, escuelas urbanas, familias que pueden comprar dispositivos. Si se deja a su propia dinámica, un programa digital puede ampliar las brechas que pretendía reducir. La equidad debe incorporarse desde el diseño: metas para cada grupo, datos desglosados que muestren a quién se deja fuera y recursos dirigidos prioritariamente a esos grupos.',
    'section.inclusion.practice.0':
      'Medir las brechas de género en el acceso a dispositivos y a la conectividad y en las competencias digitales, tanto de los estudiantes como de los docentes, y responder a ellas con medidas focalizadas. El documento de políticas que la UNESCO publicó en 2019 para la EQUALS Skills Coalition, I’d blush if I could (Me sonrojaría si pudiera), constató que la brecha de género en competencias digitales es amplia y creciente en la mayor parte del mundo y aboga por una educación en competencias digitales con perspectiva de género; el informe de género de 2024 del Informe de Seguimiento de la Educación en el Mundo documenta brechas persistentes en el acceso a la tecnología y en las competencias digitales.',
    'section.inclusion.practice.1':
      'Planificar la atención a los estudiantes desplazados dentro del sistema nacional y no al margen de él: contabilizarlos en el plan sectorial, abrirles las plataformas y los contenidos digitales nacionales en una lengua que comprendan y reconocer lo que aprenden. La estrategia Refugee Education 2030 (2019) del ACNUR fija como objetivo la inclusión de las personas refugiadas en los sistemas educativos nacionales, y su visión abarca también a los estudiantes desplazados internos en las comunidades de acogida.',
    'section.inclusion.practice.2':
      'Desglosar los datos de conectividad y de dispositivos por ubicación y nivel de riqueza de los hogares, y fijar metas para las escuelas remotas y rurales en lugar de basarse en promedios nacionales. UNICEF y la UIT estimaron en 2020 que los niños, niñas y jóvenes de zonas rurales y de hogares más pobres tienen muchas menos probabilidades de tener acceso a internet en casa, por lo que lo que ofrece la escuela es lo que más cuenta para ellos.',
    'section.inclusion.pitfall.0':
      'Informar únicamente de promedios nacionales, que ocultan las escuelas y los grupos que quedan excluidos.',
    'section.inclusion.pitfall.1':
      'Tratar a los estudiantes refugiados como una cuestión humanitaria ajena a los planes del ministerio, atendida por proyectos de corta duración en plataformas separadas.',
    'section.inclusion.pitfall.2':
      'Equipar primero las escuelas más fáciles y no llegar nunca a las más difíciles, porque cada fase se juzga por el número de escuelas alcanzadas.',
    'section.inclusion.example.0':
      'El decreto de 2017 del Brasil que creó el programa Educação Conectada enumera entre sus principios la igualdad de condiciones entre las escuelas públicas para el uso pedagógico de la tecnología y la promoción del acceso a la tecnología en las escuelas situadas en regiones de mayor vulnerabilidad socioeconómica y con bajos resultados en los indicadores educativos.',
    'section.inclusion.reflection.0':
      '¿Qué datos mostrarían hoy si las niñas y los niños, o las docentes y los docentes, utilizan la tecnología digital en la escuela en igualdad de condiciones?',
    'section.inclusion.reflection.1':
      '¿Se contabiliza a los estudiantes refugiados, desplazados y migrantes en los planes y los datos de la estrategia digital, y en qué lengua aprenden en línea?',
    'section.inclusion.reflection.2':
      '¿Qué escuelas serían las últimas en conectarse con el plan actual, y por qué?',
    'section.inclusion.reflection.3':
      '¿Qué proporción del presupuesto de educación digital se dirige explícitamente a los grupos mencionados en esta sección?',
    'module.connectivity-infrastructure.overview':
      'Este pilar abarca la base física y técnica sobre la que descansa la educación digital: una electricidad fiable durante toda la jornada escolar; conexiones a internet que funcionen y tengan velocidad suficiente para la enseñanza; dispositivos que los estudiantes utilicen realmente y que se mantengan, cuenten con soporte y se desechen de forma responsable; software con licencias en condiciones sostenibles, con una identidad digital por usuario; y espacios de aprendizaje bien diseñados, accesibles y de bajo consumo energético. Las preguntas piden proporciones medidas de escuelas y de estudiantes, no planes.',
    'module.connectivity-infrastructure.whyItMatters':
      'Todos los demás pilares dan por sentado este. Los docentes no pueden utilizar contenidos que no se cargan, los sistemas de datos no pueden alimentarse desde escuelas sin electricidad y la formación se desperdicia cuando los dispositivos están averiados en un armario. La infraestructura es también donde va la mayor parte del dinero y donde se esconden los mayores costos recurrentes: electricidad, ancho de banda, reparaciones, reposición. Medir lo que funciona en las escuelas, y no lo que se entregó, es el punto de partida para gastar bien.',
    'module.connectivity-infrastructure.reflection.0':
      'De las escuelas contabilizadas como conectadas, ¿cuántas tuvieron la semana pasada una conexión que funcionaba y se utilizó para la enseñanza, y cómo lo sabemos?',
    'module.connectivity-infrastructure.reflection.1':
      '¿Quién paga, año tras año, la electricidad, el ancho de banda, las reparaciones y la reposición de lo que se ha instalado?',
    'module.connectivity-infrastructure.reflection.2':
      '¿Qué escuelas tienen menos infraestructura, y los planes actuales llegan a ellas en primer o en último lugar?',
    'module.connectivity-infrastructure.reflection.3':
      '¿Qué ocurre en una escuela cuando se avería un dispositivo o falla la conexión: a quién llama el docente y cuánto tiempo se tarda en resolverlo?',
    'section.electricity-internet.overview':
      'Este componente abarca la electricidad y la conectividad en las escuelas: una electricidad fiable durante toda la jornada escolar, procedente de la red o de fuentes autónomas como la energía solar; conexiones a internet que funcionan y se utilizan para la enseñanza; un ancho de banda medido en relación con un umbral explícito; un mapa actualizado del suministro eléctrico y la conectividad de las escuelas; y mecanismos que proporcionen y paguen las conexiones de forma duradera.',
    'section.electricity-internet.whyItMatters':
      'La electricidad es lo primero: sin ella, ningún dispositivo ni ninguna conexión sirven de nada. Una conexión que existe sobre el papel pero falla, o que es demasiado lenta para que una clase la utilice a la vez, no cambia nada en la enseñanza. Las conexiones que dependen de un proyecto puntual suelen perderse cuando este termina. Lo que cuenta es la proporción de escuelas en las que la electricidad e internet funcionan cuando las clases los necesitan, año tras año.',
    'section.electricity-internet.practice.0':
      'Mantener un mapa, escuela por escuela, de la electricidad, la conectividad y la velocidad medida, actualizado al menos una vez al año y compartido entre el ministerio de educación, la autoridad energética y el regulador de las telecomunicaciones. El indicador 4.a.1 de los ODS ya pide la proporción de escuelas con acceso a la electricidad y a internet con fines pedagógicos, y Giga, la iniciativa puesta en marcha conjuntamente por UNICEF y la UIT para conectar a internet todas las escuelas, es un posible socio para este trabajo.',
    'section.electricity-internet.practice.1':
      'Planificar la electricidad antes que los dispositivos: para cada escuela sin un suministro fiable de la red, elegir una solución autónoma, como paneles solares con baterías, presupuestar su mantenimiento y la sustitución de las baterías, y comprobar que proporciona electricidad durante toda la jornada escolar. Informar sobre la electricidad en las escuelas con el mismo cuidado que sobre la conectividad, como hace el indicador 4.a.1 de los ODS.',
    'section.electricity-internet.practice.2':
      'Fijar un umbral explícito de ancho de banda, por estudiante o por tipo de escuela, y medir en relación con él las velocidades que las escuelas obtienen realmente, no las que figuran en los contratos. Los umbrales publicados, como la meta fijada en 2014 por la Comisión Federal de Comunicaciones (FCC) de los Estados Unidos y las normas publicadas en 2022 por el Departamento de Educación de Inglaterra, muestran cómo puede expresarse un umbral de este tipo.',
    'section.electricity-internet.practice.3':
      'Juzgar un modelo de provisión por su duración y por el número de escuelas que cubre, no por quién firma el contrato. Una red educativa nacional puede funcionar; también pueden hacerlo los contratos que las propias escuelas conciertan con un subsidio público que paga parte de la factura, el modelo del programa E-Rate de los Estados Unidos, creado en virtud de la Ley de Telecomunicaciones de 1996 (Telecommunications Act). Cualquiera de los dos funciona cuando el financiamiento es recurrente cada año, las reglas son estables y se cubren las escuelas más pobres y más remotas.',
    'section.electricity-internet.pitfall.0':
      'Contabilizar una escuela como conectada porque existe un contrato o un dispositivo, sin comprobar que la conexión funciona y se utiliza para la enseñanza.',
    'section.electricity-internet.pitfall.1':
      'Instalar sistemas solares sin presupuesto para las baterías y el mantenimiento, de modo que el suministro falla al cabo de unos años.',
    'section.electricity-internet.pitfall.2':
      'Pagar la conectividad con fondos de proyectos que se agotarán, sin una línea presupuestaria recurrente que tome el relevo.',
    'section.electricity-internet.pitfall.3':
      'Medir el ancho de banda por escuela sin tener en cuenta cuántos estudiantes lo comparten.',
    'section.electricity-internet.example.0':
      'El programa E-Rate de los Estados Unidos, creado en virtud de la Ley de Telecomunicaciones de 1996, se financia con cargo al servicio universal: las escuelas y bibliotecas contratan sus propias conexiones con los proveedores y el programa paga parte del costo en forma de descuento. En 2014, la Comisión Federal de Comunicaciones lo modernizó, reorientando el apoyo hacia la banda ancha de alta velocidad y el wifi y fijando una meta de 100 Mbps por cada 1000 estudiantes.',
    'section.electricity-internet.example.1':
      'En 2022, el Departamento de Educación de Inglaterra publicó normas digitales y tecnológicas para escuelas y centros de educación postobligatoria (colleges). En materia de banda ancha, exigen una conexión de fibra óptica integral, con al menos 100 Mbps de descarga y 30 Mbps de subida para las escuelas primarias, una conexión capaz de ofrecer 1 Gbps en ambos sentidos para las escuelas secundarias y una conexión de respaldo para que la enseñanza pueda continuar cuando falle la línea principal.',
    'section.electricity-internet.example.2':
      'La Ley n.º 14.180 del Brasil, de julio de 2021, dio rango de política nacional establecida por ley al programa Educação Conectada, con el fin de apoyar el acceso a internet de alta velocidad para uso pedagógico en la educación básica pública. Además de los recursos del presupuesto federal, permite que el fondo de servicio universal de telecomunicaciones (FUST) financie conexiones para escuelas públicas de regiones de mayor vulnerabilidad socioeconómica.',
    'section.electricity-internet.reflection.0':
      '¿De cuántas escuelas conocemos la velocidad medida, y no solo la contratada?',
    'section.electricity-internet.reflection.1':
      '¿Qué escuelas se quedan sin electricidad durante la jornada escolar, y con qué frecuencia?',
    'section.electricity-internet.reflection.2':
      '¿Qué umbral de ancho de banda defendería el equipo para sus escuelas, y con qué fundamento?',
    'section.electricity-internet.reflection.3':
      'Si el proyecto de conectividad actual terminara mañana, ¿qué escuelas se quedarían sin conexión?',
    'section.hardware-devices.overview':
      'Este componente abarca los dispositivos que utilizan estudiantes y docentes: una política que defina qué dispositivos, para quién y para qué; la regularidad con la que los estudiantes los utilizan en clase; cuántos estudiantes comparten cada dispositivo; cómo se mantienen y reparan; si las escuelas cuentan con soporte técnico con tiempos de respuesta definidos; y qué ocurre con los dispositivos al final de su vida útil.',
    'section.hardware-devices.whyItMatters':
      'Los dispositivos son la parte más visible de la educación digital y, a menudo, la mayor compra, pero su entrega dice poco sobre su uso. Un dispositivo compartido por demasiados estudiantes, averiado y sin reparar o guardado bajo llave en una sala no está disponible para el aprendizaje. El mantenimiento, el soporte y la reposición cuestan dinero todos los años, y los dispositivos desechados se convierten en residuos peligrosos si nadie lo ha previsto.',
    'section.hardware-devices.practice.0':
      'Decidir para qué sirven los dispositivos antes de elegirlos: la política de dispositivos debe derivarse del currículo y de la enseñanza que pretende apoyar, e indicar con qué frecuencia se espera que los estudiantes los utilicen. Los principios del Banco Mundial para la tecnología educativa parten de un propósito educativo claro, y el Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO señala que, en la mayoría de los países, salvo en los tecnológicamente más avanzados, las computadoras y los dispositivos no se utilizan de forma generalizada en las aulas.',
    'section.hardware-devices.practice.1':
      'Registrar, escuela por escuela, cuántos estudiantes comparten cada dispositivo disponible para el aprendizaje y con qué frecuencia se utilizan los dispositivos, y no solo cuántos se entregaron. PISA 2018 informó de la proporción de computadoras por estudiante de 15 años en las escuelas junto con la opinión de los directores sobre si esas computadoras tenían suficiente capacidad de procesamiento, lo que recuerda que contar dispositivos no dice nada sobre si son aptos para su uso.',
    'section.hardware-devices.practice.2':
      'Presupuestar el mantenimiento, la reparación y el soporte técnico desde la primera compra, ya sea mediante personal en cada escuela o técnicos compartidos entre escuelas cercanas, con tiempos de respuesta establecidos en los contratos o acuerdos de servicio. El Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO constata que los costos a largo plazo de la tecnología en la educación suelen subestimarse.',
    'section.hardware-devices.practice.3':
      'Planificar el final de la vida útil en el momento de la compra: elegir dispositivos duraderos y reparables, reutilizarlos y reacondicionarlos siempre que sea posible y entregar el resto a recicladores certificados conforme a normas sobre residuos electrónicos como la directiva de la UE sobre residuos de aparatos eléctricos y electrónicos (RAEE). El Global E-waste Monitor 2020 constató que solo alrededor del 17 % de los residuos electrónicos generados en el mundo en 2019 se había documentado como recogido y reciclado.',
    'section.hardware-devices.pitfall.0':
      'Comprar dispositivos antes de que los docentes estén formados y los contenidos estén listos, de modo que llegan a una escuela que no está preparada para recibirlos.',
    'section.hardware-devices.pitfall.1':
      'Guardar los dispositivos bajo llave para protegerlos, de modo que la escuela declara dispositivos que no utiliza.',
    'section.hardware-devices.pitfall.2':
      'No tener una línea presupuestaria para reparaciones, de modo que un dispositivo averiado sigue averiado.',
    'section.hardware-devices.pitfall.3':
      'Almacenar indefinidamente los dispositivos viejos o tirarlos, sin ningún mecanismo de reutilización o reciclaje.',
    'section.hardware-devices.example.0':
      'El Uruguay anunció el Plan Ceibal en 2006 para entregar en tres años una computadora portátil a cada alumno y docente de las escuelas primarias públicas, y la fase piloto comenzó a principios de 2007. Un estudio de caso del Banco Mundial de 2016 describe cómo las etapas posteriores extendieron el plan a la educación secundaria y lo que supuso crear y sostener un organismo nacional para gestionarlo.',
    'section.hardware-devices.example.1':
      'Una evaluación aleatorizada del programa Una Laptop por Niño (One Laptop per Child) en 318 escuelas primarias rurales del Perú, publicada en 2017, constató que el programa elevó el número de computadoras por estudiante de 0,12 a 1,18 y aumentó el uso de la computadora en la escuela y en el hogar, pero no encontró evidencia de efectos en las puntuaciones de las pruebas de matemáticas y lenguaje.',
    'section.hardware-devices.reflection.0':
      '¿En cuántas escuelas utilizaron los estudiantes un dispositivo en clase la semana pasada, y cómo podríamos averiguarlo?',
    'section.hardware-devices.reflection.1':
      '¿Cuántos estudiantes comparten cada dispositivo en funcionamiento, y qué escuelas están más lejos del umbral que defenderíamos?',
    'section.hardware-devices.reflection.2':
      '¿Quién repara un dispositivo averiado, quién paga y cuánto tiempo se tarda?',
    'section.hardware-devices.reflection.3':
      '¿Dónde están hoy los dispositivos comprados hace cinco años?',
    'section.software-services.overview':
      'Este componente abarca el software y los servicios en línea de los que dependen las escuelas y el ministerio, y la forma en que se obtienen sus licencias: software de código abierto, estándares abiertos o licencias negociadas a escala nacional. También abarca la identidad digital: si cada estudiante y cada docente dispone de una cuenta que le da acceso a los servicios que necesita mediante un inicio de sesión único, gestionada con respeto de la privacidad.',
    'section.software-services.whyItMatters':
      'Las licencias son un costo recurrente que crece con cada estudiante, y las condiciones elegidas para un proyecto piloto pueden atar a todo un sistema durante años. Los formatos y estándares abiertos mantienen abiertas las opciones. Una identidad única evita a los docentes gestionar decenas de contraseñas, permite a los estudiantes conservar su trabajo cuando cambian de escuela y ofrece al ministerio un único lugar desde el que controlar quién ve qué datos.',
    'section.software-services.practice.0':
      'Comparar las opciones de licencia a lo largo de toda la vida de un servicio: software de código abierto, servicios basados en estándares abiertos y licencias negociadas una sola vez a escala nacional para todas las escuelas, en lugar de compradas escuela por escuela. El informe OECD Digital Education Outlook 2023 (Perspectivas de la educación digital de la OCDE) describe qué herramientas digitales proporcionan los países a sus escuelas con fondos públicos y cuáles deben obtener las propias escuelas.',
    'section.software-services.practice.1':
      'Utilizar licencias abiertas y formatos abiertos para los contenidos y los datos producidos con dinero público, de modo que puedan reutilizarse y trasladarse de una plataforma a otra. La Recomendación sobre los Recursos Educativos Abiertos (REA) de la UNESCO, de 2019, pide a los gobiernos que apoyen las licencias abiertas y los formatos abiertos.',
    'section.software-services.practice.2':
      'Dar a cada estudiante y a cada docente una identidad única, emitida y gestionada por la autoridad escolar, que le dé acceso a los servicios que necesita mediante un inicio de sesión único, y transmitir a cada servicio solo los datos personales que necesita, de conformidad con el principio de minimización de datos del Reglamento General de Protección de Datos (RGPD) de la UE y con el derecho de niñas y niños a la privacidad tal como lo enuncia el Comité de los Derechos del Niño de las Naciones Unidas.',
    'section.software-services.pitfall.0':
      'Licencias por usuario compradas para un proyecto piloto, sin ninguna estimación del costo a escala nacional.',
    'section.software-services.pitfall.1':
      'Una nueva cuenta y una nueva contraseña para cada plataforma, de modo que los estudiantes más pequeños dependen de su docente para iniciar sesión.',
    'section.software-services.pitfall.2':
      'Cuentas que nunca se cierran cuando los estudiantes y el personal se van.',
    'section.software-services.pitfall.3':
      'Elegir un software solo porque un proveedor lo ofrece gratis a las escuelas, sin examinar sus condiciones sobre los datos y los costos posteriores.',
    'section.software-services.reflection.0':
      '¿Cuánto gasta el sistema cada año en licencias de software, y cuánto gastaría si se cubrieran todas las escuelas?',
    'section.software-services.reflection.1':
      '¿Cuántas cuentas distintas necesita un docente para el trabajo de una semana normal?',
    'section.software-services.reflection.2':
      '¿Qué datos personales recibe cada servicio cuando un estudiante inicia sesión, y quién lo decidió?',
    'section.learning-spaces.overview':
      'Este componente examina los espacios en los que tiene lugar el aprendizaje digital: aulas, bibliotecas y otros espacios diseñados o adaptados para que la tecnología pueda utilizarse de forma segura y flexible, con tomas de corriente, ventilación, almacenamiento seguro y lugar para trabajar en grupo; espacios y dispositivos accesibles para los estudiantes con discapacidad; y la gestión de la energía que consume el equipamiento digital de las escuelas.',
    'section.learning-spaces.whyItMatters':
      'La tecnología instalada en salas que no se diseñaron para ella es difícil de utilizar bien: muy pocos enchufes, salas que se recalientan, mobiliario que mantiene a los estudiantes en filas, ningún lugar seguro para guardar los dispositivos. Los estudiantes con discapacidad quedan excluidos cuando los edificios, los dispositivos y el software no son accesibles, aunque las tecnologías de apoyo pueden abrirles el acceso al aprendizaje. Además, la electricidad que consume el equipamiento digital es un costo recurrente y también un costo ambiental.',
    'section.learning-spaces.practice.0':
      'Hacer participar a docentes y estudiantes en el diseño o la adaptación de los espacios de aprendizaje, y privilegiar distribuciones que puedan reorganizarse a medida que cambian las prácticas de enseñanza. Un estudio de la OCDE realizado con escuelas de seis países europeos y publicado en 2011 propuso un modelo de espacio de aprendizaje flexible, modificable y sostenible, al servicio de las personas que lo utilizan.',
    'section.learning-spaces.practice.1':
      'Incorporar la accesibilidad desde el principio, en los edificios, los dispositivos y el software, en lugar de hacer adaptaciones caso por caso. La Convención sobre los Derechos de las Personas con Discapacidad de las Naciones Unidas (2006) obliga a los Estados partes a garantizar el acceso a las tecnologías de la información y las comunicaciones y un sistema educativo inclusivo, y las pautas del Diseño Universal para el Aprendizaje (DUA) ayudan a tener en cuenta desde el principio la diversidad de los estudiantes.',
    'section.learning-spaces.practice.2':
      'Gestionar la energía que consume el equipamiento digital: comprar dispositivos de bajo consumo, apagar los equipos fuera del horario escolar, considerar un suministro de energía renovable y medir el consumo. Los criterios de compra pública ecológica de la Comisión Europea de 2021 para computadoras, monitores, tabletas y teléfonos inteligentes abordan el consumo de energía y la prolongación de la vida útil de los productos.',
    'section.learning-spaces.pitfall.0':
      'Salas de computación concebidas como laboratorios cerrados a los que las clases acuden una vez por semana, mientras las aulas siguen sin tomas de corriente.',
    'section.learning-spaces.pitfall.1':
      'Una accesibilidad que se gestiona caso por caso cuando llega un estudiante con discapacidad, en lugar de planificarse.',
    'section.learning-spaces.pitfall.2':
      'Dispositivos y servidores que quedan encendidos por la noche y durante las vacaciones, sin que nadie se haga cargo de la factura de electricidad.',
    'section.learning-spaces.reflection.0':
      'En un aula corriente, ¿dónde cargarían los estudiantes sus dispositivos y dónde los guardarían de forma segura?',
    'section.learning-spaces.reflection.1':
      '¿Podría un estudiante que usa silla de ruedas, o un estudiante ciego, participar plenamente hoy en una clase digital en nuestras escuelas?',
    'section.learning-spaces.reflection.2':
      '¿Sabemos cuánta electricidad consume el equipamiento digital de las escuelas, y quién la paga?',
    'module.cost-sustainability.overview':
      'Este pilar examina si la educación digital se financia de una manera que perdure más allá de la primera compra o del primer proyecto de un donante. Se centra en cuatro aspectos: una estrategia de financiamiento que estime los costos del plan año por año, le asigne líneas presupuestarias identificables y reparta los fondos según reglas equitativas; el costo total de propiedad de la tecnología a lo largo de su vida útil, incluidos los costos de funcionamiento que acompañan a toda inversión; unas adquisiciones abiertas, que agreguen la demanda y eviten la dependencia de un único proveedor; y fuentes de financiamiento distintas del presupuesto de educación, como los fondos de servicio universal, otros mecanismos y el acceso con tarifa cero (zero-rating) a los contenidos de aprendizaje.',
    'module.cost-sustainability.whyItMatters':
      'Los programas digitales pueden flaquear no en su lanzamiento, sino en los años siguientes, cuando vencen las cuotas de conexión, las reparaciones, el soporte y la reposición y ninguna línea presupuestaria los cubre. Los equipos quedan entonces sin uso y se amplía la brecha entre las escuelas que pueden pagar y las que no. Un equipo que sabe lo que cuestan realmente sus planes, quién paga cada parte y cómo se adjudican los contratos puede proteger lo construido, defender sus argumentos ante el ministerio de finanzas y elegir opciones que el país pueda permitirse mantener en funcionamiento.',
    'module.cost-sustainability.reflection.0':
      'Si mañana se interrumpiera todo el financiamiento externo, ¿qué servicios digitales seguirían funcionando en las escuelas un año después, y quién los pagaría?',
    'module.cost-sustainability.reflection.1':
      '¿Ve el ministerio de finanzas nuestro plan de educación digital como un programa presupuestado con sus propias líneas presupuestarias, o como una lista de proyectos aislados?',
    'module.cost-sustainability.reflection.2':
      '¿Qué costos recurrentes de nuestros programas actuales no están aún cubiertos por ningún presupuesto?',
    'module.cost-sustainability.reflection.3':
      '¿En qué ámbitos dependemos de un único proveedor, donante u operador, y cuánto nos costaría cambiar?',
    'section.financing-strategy.overview':
      'Una estrategia de financiamiento traduce el plan de educación digital en cifras con las que el gobierno puede actuar: lo que cuesta cada medida cada año, qué parte cubrirán el presupuesto nacional, los socios y otras fuentes, y qué brecha queda. También abarca la forma en que este dinero aparece en el presupuesto, para que pueda hacerse el seguimiento del gasto, y las reglas que deciden qué regiones y escuelas reciben fondos y equipos.',
    'section.financing-strategy.whyItMatters':
      'Un plan sin estimación de costos es difícil de defender en las negociaciones presupuestarias, y el gasto oculto en otras líneas no puede seguirse ni protegerse cuando se recortan los presupuestos. Las reglas de asignación importan tanto como los montos: sin criterios publicados, los recursos tienden a ir a las escuelas que los piden primero o a las más fáciles de alcanzar, lo que amplía precisamente las brechas que el plan pretendía reducir.',
    'section.financing-strategy.practice.0':
      'Estimar los costos del plan con un modelo sencillo, año por año, que vincule cada actividad con costos unitarios y con el número de escuelas, docentes y estudiantes afectados, e integrarlo en el plan sectorial de educación y en el marco de gasto de mediano plazo (MGMP) en lugar de mantenerlo como un documento de proyecto aparte.',
    'section.financing-strategy.practice.1':
      'Separar los costos de las condiciones que hacen posible el aprendizaje digital, como la electricidad, la conectividad y unos datos móviles asequibles, de los costos de impartirlo, como hace la estimación mundial de costos de UNICEF de 2021, para que cada uno pueda planificarse, financiarse y seguirse según sus propias características.',
    'section.financing-strategy.practice.2':
      'Partir del propósito educativo y de los estudiantes más rezagados: publicar criterios de asignación que den un peso adicional al aislamiento geográfico, la pobreza y la discapacidad, y aplicarlos tanto a los programas financiados por los socios como a los nacionales.',
    'section.financing-strategy.practice.3':
      'Dar al programa una base jurídica e institucional estable, con la participación del ministerio de finanzas desde el principio, para que su financiamiento no dependa de un único ciclo político ni de un único proyecto.',
    'section.financing-strategy.pitfall.0':
      'Estimar únicamente el costo de la primera compra de equipos y considerar todo lo que viene después como un problema de otros.',
    'section.financing-strategy.pitfall.1':
      'Contabilizar las promesas de los socios como financiamiento asegurado antes de que se firmen los acuerdos.',
    'section.financing-strategy.pitfall.2':
      'Mantener el gasto digital dentro de líneas presupuestarias generales, de modo que nadie puede decir cuánto se gastó ni en qué.',
    'section.financing-strategy.pitfall.3':
      'Repartir los equipos en pequeñas cantidades entre todas las escuelas para ganar visibilidad, de modo que ninguna tiene lo suficiente para cambiar su forma de enseñar.',
    'section.financing-strategy.example.0':
      'El Uruguay anunció el Plan Ceibal en 2006 y lo puso en marcha con una experiencia piloto en 2007, con el objetivo de entregar una computadora portátil a cada alumno y docente de las escuelas primarias públicas. En 2010, la Ley n.º 18.640 creó un organismo específico, una persona pública no estatal, el Centro para la Inclusión Tecnológica y Social, para gestionar el programa, con un consejo directivo que incluye a delegados del Ministerio de Economía y Finanzas y de la Administración Nacional de Educación Pública.',
    'section.financing-strategy.reflection.0':
      '¿Podemos indicar cuánto costará nuestro plan de educación digital el año próximo y dentro de cinco años, y qué parte de ese costo está financiada?',
    'section.financing-strategy.reflection.1':
      '¿Dónde aparece el gasto en educación digital en el presupuesto actual, y podríamos informar de lo que se gastó el año pasado?',
    'section.financing-strategy.reflection.2':
      '¿Quién decide qué escuelas reciben equipos y conectividad, y con arreglo a qué criterios publicados?',
    'section.financing-strategy.reflection.3':
      '¿Participa el ministerio de finanzas con la antelación suficiente para tratar el plan como un compromiso duradero y no como una solicitud puntual?',
    'section.total-cost-of-ownership.overview':
      'El costo total de propiedad es todo lo que cuesta una tecnología a lo largo de su vida útil, no solo su precio de compra: cuotas de conectividad, electricidad, mantenimiento y reparación, soporte técnico, formación, contenidos y licencias y, llegado el momento, su reposición. Este componente examina si estos costos se estiman antes de aprobar una inversión y si está claro quién es responsable de pagarlos cuando termina un proyecto o una subvención de un donante.',
    'section.total-cost-of-ownership.whyItMatters':
      'El precio de compra es solo una parte de la factura, y la más visible. Cuando no se planifican los costos de funcionamiento, se cortan las conexiones, los dispositivos averiados siguen averiados y los docentes dejan de confiar en herramientas que quizá no funcionen el día que las necesitan. Conocer el costo a lo largo de toda la vida útil también cambia las decisiones: un dispositivo más barato que se estropea antes, o un software cuyas licencias se encarecen cada año, pueden acabar costando más.',
    'section.total-cost-of-ownership.practice.0':
      'Estimar el costo de cada inversión importante a lo largo de su vida útil prevista, enumerando las partidas recurrentes (conectividad, electricidad, mantenimiento, soporte, formación, licencias, reposición) junto al precio de compra, y aprobar la inversión únicamente sobre la base de esa estimación.',
    'section.total-cost-of-ownership.practice.1':
      'Comparar las opciones según su costo a lo largo de toda la vida útil y no según su precio unitario, privilegiando los equipos duraderos, reparables y actualizables, con piezas de repuesto y actualizaciones de software garantizadas durante un número determinado de años.',
    'section.total-cost-of-ownership.practice.2':
      'Incluir en cada proyecto financiado por socios un plan de traspaso que indique qué costos de funcionamiento asumirá el presupuesto del gobierno, a partir de qué año y a través de qué línea presupuestaria.',
    'section.total-cost-of-ownership.practice.3':
      'Proporcionar a las escuelas un financiamiento regular para los costos de funcionamiento digitales, como la suscripción a internet, para que mantenerse conectadas no dependa de las aportaciones de las familias.',
    'section.total-cost-of-ownership.pitfall.0':
      'Aprobar un programa de dispositivos solo sobre la base del precio unitario de la licitación.',
    'section.total-cost-of-ownership.pitfall.1':
      'Confiar en garantías y en una conectividad gratuita de lanzamiento que terminan al cabo de uno o dos años, sin nada previsto para sustituirlas.',
    'section.total-cost-of-ownership.pitfall.2':
      'Olvidar la electricidad, el almacenamiento seguro, los seguros y el soporte técnico que necesitan los equipos una vez instalados en las escuelas.',
    'section.total-cost-of-ownership.pitfall.3':
      'Dejar que las escuelas paguen las cuotas de conexión con las aportaciones de las familias, lo que agrava las desigualdades entre escuelas.',
    'section.total-cost-of-ownership.example.0':
      'El Brasil creó por decreto en 2017 el Programa de Innovación Educación Conectada (Educação Conectada) y lo convirtió en política nacional mediante la Ley 14.180 de 2021. En el marco de esta política, el gobierno federal puede prestar a las escuelas y a las redes escolares apoyo técnico o financiero para contratar un servicio de internet, instalar la red que distribuye la señal dentro de la escuela y adquirir dispositivos, y publica parámetros de referencia para la contratación del servicio de internet.',
    'section.total-cost-of-ownership.reflection.0':
      'Para nuestra mayor inversión digital, ¿cuánto costará cada año hasta su reposición, y quién pagará cada partida?',
    'section.total-cost-of-ownership.reflection.1':
      '¿Qué proyectos de socios terminan en los próximos dos años, y existe un plan acordado para sus costos de funcionamiento?',
    'section.total-cost-of-ownership.reflection.2':
      '¿Reciben las escuelas algún financiamiento regular para las cuotas de conexión, las reparaciones o el soporte técnico?',
    'section.total-cost-of-ownership.reflection.3':
      '¿Hemos comparado alguna vez lo que costó realmente un programa con lo que se estimó cuando se aprobó?',
    'section.procurement.overview':
      'Las adquisiciones abarcan la forma en que se compran dispositivos, conectividad, software, contenidos y servicios: si las licitaciones son abiertas y se publican, si las especificaciones describen lo que debe hacer un producto en lugar de nombrar una marca, si las compras se agregan para obtener mejores precios y condiciones, y si los contratos protegen los datos del ministerio y su libertad para cambiar de proveedor, mediante formatos abiertos, la exportación completa de los datos y cláusulas de salida.',
    'section.procurement.whyItMatters':
      'Las compras digitales son cuantiosas, técnicas y cambian rápidamente, lo que las expone a precios inflados, a especificaciones redactadas a la medida de un producto y a una dependencia a largo plazo de un único proveedor. Unas adquisiciones bien gestionadas reducen los costos unitarios, abren el mercado a más proveedores y permiten al ministerio mantener el control de sus sistemas y sus datos cuando termina un contrato.',
    'section.procurement.practice.0':
      'Publicar las licitaciones, las adjudicaciones, los precios y los proveedores de las compras de educación digital, utilizar la contratación electrónica allí donde exista y formar un equipo de adquisiciones que conozca los mercados tecnológicos.',
    'section.procurement.practice.1':
      'Agregar la demanda mediante acuerdos marco nacionales a los que puedan recurrir las regiones y las escuelas para hacer sus pedidos, y comparar los precios pagados con los de contratos anteriores y los de otros compradores.',
    'section.procurement.practice.2':
      'Basar las especificaciones en funciones y en estándares abiertos (lo que debe hacer un dispositivo o un sistema, qué formatos debe leer y exportar) y no en marcas, e incluir condiciones de salida en todos los contratos: el ministerio es propietario de sus datos y de los contenidos que ha pagado, los datos pueden exportarse en su totalidad en formatos abiertos y se aplica un período de traspaso si cambia el proveedor.',
    'section.procurement.practice.3':
      'Incluir la durabilidad, la reparabilidad, el consumo de energía y la recogida al final de la vida útil en los criterios de adjudicación de los dispositivos, basándose en criterios como los de compra pública ecológica de la UE para computadoras, tabletas y teléfonos inteligentes publicados en 2021.',
    'section.procurement.pitfall.0':
      'Especificaciones copiadas del folleto de un proveedor, de modo que solo un producto puede cumplirlas.',
    'section.procurement.pitfall.1':
      'Aceptar sistemas donados o con grandes descuentos cuyas licencias, formatos o mantenimiento atan después al ministerio a una sola empresa.',
    'section.procurement.pitfall.2':
      'Evaluar las ofertas únicamente por el precio de compra, sin sopesar la garantía, los tiempos de respuesta del soporte y la disponibilidad de piezas de repuesto.',
    'section.procurement.pitfall.3':
      'Que cada región o proyecto compre por su cuenta artículos similares, a precios distintos, sin que nadie los compare.',
    'section.procurement.reflection.0':
      'En nuestras tres últimas grandes compras digitales, ¿cuántos licitadores participaron y qué precios unitarios pagamos?',
    'section.procurement.reflection.1':
      'Si nuestro principal proveedor de plataformas se retirara el año próximo, ¿podríamos exportar todos nuestros datos y contenidos en un formato utilizable?',
    'section.procurement.reflection.2':
      '¿Qué artículos compran las regiones y las escuelas por separado que podríamos comprar de forma conjunta?',
    'section.procurement.reflection.3':
      '¿Tienen en cuenta nuestros criterios de adjudicación cuánto durarán los equipos y qué será de ellos al final de su vida útil?',
    'section.innovative-financing.overview':
      'Además del presupuesto de educación y de las subvenciones de los donantes, otras fuentes pueden financiar la educación digital. Para la conectividad, la más habitual es el fondo de servicio universal, al que los operadores de telecomunicaciones aportan una parte de sus ingresos para extender los servicios a los lugares desatendidos. Otras son las tarifas reducidas para las escuelas, las asociaciones público-privadas, el financiamiento combinado y el financiamiento basado en resultados, y la tarifa cero (zero-rating), gracias a la cual el uso de contenidos de aprendizaje autorizados no se descuenta del volumen de datos móviles contratado.',
    'section.innovative-financing.whyItMatters':
      'Conectar todas las escuelas y mantenerlas conectadas es caro, y el presupuesto de educación no tiene por qué ser la única fuente. Los fondos de telecomunicaciones y los acuerdos con los operadores pueden cubrir de forma duradera parte del costo, siempre que se gestionen con transparencia, se desembolsen según lo previsto y estén alineados con el plan nacional. La tarifa cero puede reducir lo que pagan las familias para acceder a contenidos de aprendizaje, lo que importa sobre todo para los hogares que solo se conectan a internet mediante datos móviles de prepago.',
    'section.innovative-financing.practice.0':
      'Acordar con el ministerio responsable de las telecomunicaciones y con el regulador que la conectividad escolar sea un uso admisible del fondo de servicio universal, con un compromiso plurianual vinculado al plan nacional de conectividad y con informes publicados sobre los montos desembolsados.',
    'section.innovative-financing.practice.1':
      'Considerar subsidios para los contratos que conciertan las propias escuelas, además de las redes nacionales: en el modelo E-Rate, las escuelas eligen a su proveedor mediante licitación competitiva y un fondo paga un descuento que es mayor para las escuelas más pobres y rurales.',
    'section.innovative-financing.practice.2':
      'Antes de recurrir a una asociación público-privada, al financiamiento combinado o al financiamiento basado en resultados, comparar su costo total y sus riesgos con los del financiamiento público directo del mismo servicio, y mantener en primer plano el propósito educativo, no el instrumento financiero.',
    'section.innovative-financing.practice.3':
      'Negociar acuerdos permanentes de tarifa cero con todos los grandes operadores móviles para la plataforma nacional de aprendizaje y los contenidos autorizados, gestionados mediante una lista pública a la que pueda sumarse cualquier proveedor de contenidos educativos autorizados, y hacer un seguimiento de su uso.',
    'section.innovative-financing.pitfall.0':
      'Un fondo de servicio universal que recauda contribuciones durante años pero desembolsa poco, o que financia proyectos sin relación con el plan de educación.',
    'section.innovative-financing.pitfall.1':
      'Una tarifa cero acordada durante una emergencia que caduca sin que nadie lo advierta, y los estudiantes vuelven a pagar por los datos.',
    'section.innovative-financing.pitfall.2':
      'Aplicar la tarifa cero a los servicios de una sola empresa, lo que puede distorsionar el mercado de los contenidos de aprendizaje.',
    'section.innovative-financing.pitfall.3':
      'Operaciones de financiamiento complejas cuyos costos de transacción y obligaciones superan el dinero que aportan.',
    'section.innovative-financing.example.0':
      'En los Estados Unidos, la Ley de Telecomunicaciones de 1996 extendió el servicio universal a las escuelas y bibliotecas, y en 1997 la Comisión Federal de Comunicaciones creó el mecanismo de apoyo conocido como E-Rate. Las escuelas y bibliotecas eligen a sus proveedores mediante licitación competitiva, y el Fondo de Servicio Universal (Universal Service Fund), financiado con contribuciones de las empresas de telecomunicaciones, paga un descuento del 20 % al 90 % sobre los servicios admisibles, que aumenta con el nivel de pobreza de la comunidad atendida y es mayor en las zonas rurales.',
    'section.innovative-financing.example.1':
      'En el Brasil, la Ley 14.172 de 2021 obligó al gobierno federal a transferir 3500 millones de reales (R$) a los estados y al Distrito Federal para garantizar el acceso a internet de los docentes de la educación básica pública y de los estudiantes de escuelas públicas de familias de bajos ingresos o matriculados en escuelas de comunidades indígenas y quilombolas, con financiamiento procedente en parte del fondo de servicio universal de telecomunicaciones (FUST).',
    'section.innovative-financing.reflection.0':
      '¿Cuenta nuestro país con un fondo de servicio universal o con una contribución similar, cuánto ha desembolsado y ha llegado algo de ese dinero a las escuelas?',
    'section.innovative-financing.reflection.1':
      '¿Quién en el gobierno podría negociar la tarifa cero con los operadores móviles, y qué contenidos incluiríamos?',
    'section.innovative-financing.reflection.2':
      'Para cualquier mecanismo de financiamiento en estudio, ¿cuánto costaría en total en comparación con financiar el mismo servicio con cargo al presupuesto?',
    'section.innovative-financing.reflection.3':
      '¿Cómo mantendrían las escuelas su conexión si terminara un acuerdo temporal?',
    'module.capacity-culture.overview':
      'Este pilar trata de las personas: si los docentes, los directivos escolares, el personal del ministerio y los estudiantes tienen las competencias necesarias para hacer un buen uso de la tecnología digital, y si la cultura profesional en torno a las escuelas favorece el cambio. Abarca las competencias digitales y en IA de los docentes desde la formación inicial; la capacidad de liderar el cambio digital en las escuelas y en el ministerio; las competencias digitales que se espera que adquieran los estudiantes, incluidas la seguridad en línea y el bienestar digital; y una cultura de aprendizaje entre pares, de reconocimiento y de participación de las familias.',
    'module.capacity-culture.whyItMatters':
      'Los dispositivos y las conexiones solo transforman el aprendizaje cuando las personas saben qué hacer con ellos. Los análisis internacionales sobre la tecnología en la educación, como el Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO, otorgan un lugar central a los docentes y a su preparación. Los estudiantes, por su parte, necesitan algo más que saber manejar los equipos: deben saber evaluar la información, protegerse a sí mismos y a los demás y mantener una relación sana con las pantallas. Estas capacidades tardan años en desarrollarse, por lo que un país necesita saber dónde se encuentra antes de decidir dónde invertir.',
    'module.capacity-culture.reflection.0':
      'Si mañana todas las escuelas recibieran equipos nuevos, ¿cuántos docentes sabrían utilizarlos para mejorar el aprendizaje?',
    'module.capacity-culture.reflection.1':
      '¿Quién, en el ministerio y en las regiones, tiene las competencias y el tiempo necesarios para liderar el cambio digital?',
    'module.capacity-culture.reflection.2':
      '¿Qué sabemos realmente de las competencias digitales de los estudiantes, más allá de las impresiones?',
    'module.capacity-culture.reflection.3':
      '¿Cómo aprenden unos de otros los docentes de nuestro sistema a enseñar con tecnología?',
    'section.teacher-competencies.overview':
      'Este componente examina las competencias digitales y en IA que se esperan de los docentes y la forma en que las adquieren: un marco nacional de competencias, el lugar de estas competencias en la formación inicial docente, la proporción de docentes en servicio formados en los últimos años y la modalidad de esa formación, desde talleres puntuales hasta programas continuos en la propia escuela, con acompañamiento y seguimiento en el aula.',
    'section.teacher-competencies.whyItMatters':
      'Son los docentes quienes deciden si la tecnología se utiliza para mejorar el aprendizaje o se queda en el armario. Un marco común ofrece a los proveedores de formación, a las instituciones de formación docente y a los propios docentes un lenguaje compartido y una trayectoria de progresión. Importa el alcance, y también la modalidad: es poco probable que unos talleres breves sobre el manejo de los equipos cambien por sí solos la práctica en el aula, mientras que una formación vinculada a la asignatura de cada docente y con seguimiento en clase tiene más posibilidades de lograrlo.',
    'section.teacher-competencies.practice.0':
      'Adoptar un marco nacional de competencias digitales docentes adaptado de un modelo internacional, como el Marco de competencias de los docentes en materia de TIC de la UNESCO o el DigCompEdu europeo, con niveles de progresión, y utilizarlo para diseñar la formación y reconocer los avances.',
    'section.teacher-competencies.practice.1':
      'Ampliar el marco a la inteligencia artificial, tomando como referencia el marco de competencias en IA para docentes publicado por la UNESCO en 2024, para que los docentes aprendan a utilizar las herramientas de IA de forma crítica, ética y con un propósito educativo claro, y no solo desde el punto de vista técnico.',
    'section.teacher-competencies.practice.2':
      'Integrar la pedagogía digital en la didáctica de cada asignatura y en las prácticas docentes de la formación inicial, y evaluarla para la obtención del título docente, en lugar de ofrecer un curso de informática aparte.',
    'section.teacher-competencies.practice.3':
      'Organizar la formación en servicio como un proceso continuo, en la propia escuela, con acompañamiento, observación entre pares y seguimiento en clase, y llevar un registro de quién ha recibido formación para poder medir el alcance.',
    'section.teacher-competencies.pitfall.0':
      'Formar a los docentes en equipos que aún no tienen, o entregar equipos sin ninguna formación.',
    'section.teacher-competencies.pitfall.1':
      'Considerar la asistencia a talleres como prueba de competencia, sin ningún seguimiento en el aula.',
    'section.teacher-competencies.pitfall.2':
      'Un marco de competencias que se adopta pero nunca se utiliza para diseñar cursos, evaluar a los docentes o reconocer sus avances.',
    'section.teacher-competencies.pitfall.3':
      'Considerar que la competencia digital es asunto exclusivo de los docentes de informática.',
    'section.teacher-competencies.example.0':
      'En España, la Conferencia Sectorial de Educación, en la que el ministerio nacional se reúne con las consejerías de educación de las comunidades autónomas, acordó en 2020 un marco de referencia común de la competencia digital docente, así como el reconocimiento por todas las administraciones educativas de los procedimientos de acreditación basados en él. La Conferencia acordó una versión actualizada del marco en 2022.',
    'section.teacher-competencies.reflection.0':
      '¿Qué marco describe lo que nuestros docentes deberían saber hacer con la tecnología digital y la IA, y quién lo utiliza realmente?',
    'section.teacher-competencies.reflection.1':
      '¿Qué proporción de los docentes en servicio recibió formación para enseñar con tecnología digital en los tres últimos años, y cómo lo sabemos?',
    'section.teacher-competencies.reflection.2':
      '¿Acompaña la formación a los docentes de vuelta a sus aulas?',
    'section.teacher-competencies.reflection.3':
      '¿Cómo aprenden los nuevos docentes a enseñar con tecnología digital durante su formación inicial?',
    'section.leadership-capacity.overview':
      'El cambio digital en la educación requiere personas capaces de planificarlo y gestionarlo. Este componente examina a los directivos escolares, que deciden cómo se utiliza la tecnología en sus escuelas y apoyan a su personal, y al personal del ministerio, en la administración central y en las regiones, que necesita las competencias y el tiempo de trabajo necesarios para diseñar programas, gestionar contratos y datos y hacer el seguimiento de la ejecución en las escuelas.',
    'section.leadership-capacity.whyItMatters':
      'Sin líderes capacitados, los equipos se entregan pero no se utilizan, y los planes dependen de unas pocas personas o de consultores que se van cuando termina el proyecto. Los directivos escolares que elaboran un plan digital con su personal hacen más probable que las inversiones se aprovechen; el personal del ministerio que conoce los mercados tecnológicos y los datos puede tratar con los proveedores y los socios en pie de igualdad.',
    'section.leadership-capacity.practice.0':
      'Ayudar a los directivos escolares a elaborar con su personal un plan digital para su escuela, utilizando una herramienta de autorreflexión como SELFIE, de la Comisión Europea, que se basa en el marco DigCompOrg para organizaciones educativas digitalmente competentes.',
    'section.leadership-capacity.practice.1':
      'Incluir el liderazgo del cambio digital en los estándares profesionales y la formación de los directores de escuela, junto con el liderazgo pedagógico, y darles el tiempo y el apoyo necesarios para ejercerlo.',
    'section.leadership-capacity.practice.2':
      'Planificar las competencias que necesitan los equipos del ministerio (adquisiciones, protección de datos, gestión de contratos y de proyectos, pedagogía con tecnología) y desarrollarlas mediante la formación y la contratación de personal, en lugar de depender únicamente de consultores externos.',
    'section.leadership-capacity.practice.3':
      'Asignar al personal regional y de distrito una función definida, y formación, para apoyar los planes digitales de las escuelas, de modo que el apoyo llegue a las escuelas alejadas de la capital.',
    'section.leadership-capacity.pitfall.0':
      'Dejar los asuntos digitales en manos de un docente entusiasta o de un técnico mientras la dirección de la escuela se mantiene al margen.',
    'section.leadership-capacity.pitfall.1':
      'Desarrollar la capacidad del ministerio dentro del equipo de un proyecto de un donante, que se disuelve cuando termina el proyecto.',
    'section.leadership-capacity.pitfall.2':
      'Formar a los directivos en el manejo de herramientas en lugar de en la planificación, la gestión del cambio y el apoyo a los docentes.',
    'section.leadership-capacity.reflection.0':
      '¿Tienen nuestros directivos escolares un plan digital para su escuela, y quién les ayudó a elaborarlo?',
    'section.leadership-capacity.reflection.1':
      '¿De qué competencias carece el ministerio para diseñar, comprar y gestionar programas digitales, y cómo se suplen hoy esas carencias?',
    'section.leadership-capacity.reflection.2':
      '¿Dispone de tiempo para ello el personal responsable de la educación digital, o es una tarea que se suma a otras funciones?',
    'section.leadership-capacity.reflection.3':
      '¿Cómo apoyan las oficinas regionales y de distrito a las escuelas en su cambio digital?',
    'section.learner-digital-skills.overview':
      'Este componente abarca las competencias digitales que se espera que adquieran los estudiantes, desde la alfabetización informacional hasta la creación de contenidos, la comprensión de la IA y la resolución de problemas; la forma en que aprenden a protegerse y a tratar a los demás con respeto en línea; la atención a su bienestar digital, desde el uso saludable de las pantallas hasta la respuesta al ciberacoso; y si se mide lo que los estudiantes dominan realmente.',
    'section.learner-digital-skills.whyItMatters':
      'Los estudiantes necesitan competencias digitales para seguir aprendiendo, participar en la sociedad y trabajar, y se enfrentan a riesgos en línea desde muy temprana edad. Unas expectativas claras, recogidas en el currículo y evaluadas, muestran si las escuelas están reduciendo o ampliando las brechas entre los estudiantes. La atención al bienestar ayuda a garantizar que los beneficios de la tecnología no se obtengan a costa del sueño, la concentración o la salud mental.',
    'section.learner-digital-skills.practice.0':
      'Establecer en un marco nacional las competencias digitales esperadas en cada etapa de la escolaridad, tomando como referencia marcos internacionales como el DigComp 2.2 europeo o el marco del Instituto de Estadística de la UNESCO para el indicador 4.4.2 de los ODS, e incluir las competencias en IA, por ejemplo a partir del marco de competencias en IA para estudiantes publicado por la UNESCO en 2024.',
    'section.learner-digital-skills.practice.1':
      'Enseñar la seguridad en línea dentro del currículo, abordando la privacidad, el ciberacoso, los contenidos nocivos y dónde buscar ayuda, de conformidad con los derechos de niñas y niños en el entorno digital, y asegurarse de que todas las escuelas sepan cómo denunciar y gestionar los incidentes.',
    'section.learner-digital-skills.practice.2':
      'Abordar explícitamente el bienestar digital, como un tema distinto de la seguridad en línea: orientaciones sobre un uso saludable y el tiempo frente a las pantallas, normas claras sobre los dispositivos personales en la escuela y una respuesta al ciberacoso vinculada al apoyo en salud mental que ofrecen las escuelas.',
    'section.learner-digital-skills.practice.3':
      'Medir lo que los estudiantes dominan realmente, mediante una evaluación nacional o la participación en un estudio internacional como el ICILS de la IEA, y presentar los resultados desglosados por género, ubicación y origen socioeconómico.',
    'section.learner-digital-skills.pitfall.0':
      'Dar por sentado que los jóvenes que usan el teléfono todos los días tienen competencias digitales.',
    'section.learner-digital-skills.pitfall.1':
      'Tratar la seguridad en línea como una jornada de sensibilización en lugar de como parte del currículo.',
    'section.learner-digital-skills.pitfall.2':
      'Prohibir los dispositivos sin enseñar a utilizarlos de forma responsable, o permitirlos sin ninguna norma.',
    'section.learner-digital-skills.pitfall.3':
      'Medir únicamente el acceso de los estudiantes a los dispositivos, y nunca lo que son capaces de hacer con ellos.',
    'section.learner-digital-skills.example.0':
      'En Francia, un decreto de agosto de 2019 estableció un marco de referencia nacional de competencias digitales (CRCN) para la educación escolar, la educación superior y la formación continua, junto con la evaluación de las competencias digitales de los alumnos. Una orden ministerial de la misma fecha introdujo la certificación de estas competencias a través de la plataforma pública en línea Pix, para los alumnos al final de la secundaria inferior (collège) y al final de la secundaria superior (lycée).',
    'section.learner-digital-skills.example.1':
      'La ley australiana Enhancing Online Safety for Children Act 2015 creó un Comisionado de Seguridad en Línea para la Infancia (Children’s eSafety Commissioner), entre cuyas funciones figuran tramitar las denuncias de ciberacoso grave dirigido a niñas y niños australianos y apoyar, acreditar y evaluar programas de educación en seguridad en línea. Una modificación de 2017 amplió el mandato del Comisionado a la seguridad en línea de toda la población australiana.',
    'section.learner-digital-skills.example.2':
      'La Ley 15.100 del Brasil, de enero de 2025, cuyo objetivo declarado es salvaguardar la salud mental, física y psíquica de niñas, niños y adolescentes, prohíbe a los alumnos utilizar dispositivos electrónicos portátiles personales, incluidos los teléfonos móviles, durante las clases, el recreo y los descansos en todas las etapas de la educación básica, con excepciones por motivos pedagógicos, de accesibilidad, de inclusión, de salud, de derechos fundamentales y de emergencia.',
    'section.learner-digital-skills.reflection.0':
      '¿Qué competencias digitales esperamos de los estudiantes al final de la primaria y de la secundaria, y dónde está escrito?',
    'section.learner-digital-skills.reflection.1':
      '¿En qué parte del currículo aprenden los estudiantes sobre seguridad en línea, y quién la enseña?',
    'section.learner-digital-skills.reflection.2':
      '¿Cuáles son nuestras normas sobre los dispositivos personales en la escuela, y en qué evidencia sobre el bienestar se basan?',
    'section.learner-digital-skills.reflection.3':
      '¿Qué sabemos de las competencias digitales reales de los estudiantes y de las brechas por género, ubicación o ingresos familiares?',
    'section.digital-culture.overview':
      'La cultura digital es el conjunto de hábitos y relaciones que hacen de la tecnología una parte de la vida profesional cotidiana: docentes que comparten sus prácticas y aprenden unos de otros, en su escuela y en comunidades en línea; reconocimiento para quienes innovan y para el tiempo que ello requiere; y familias y comunidades que entienden cómo utilizan las escuelas la tecnología, participan en las decisiones y pueden apoyar el aprendizaje y la seguridad en casa.',
    'section.digital-culture.whyItMatters':
      'La formación y los equipos tienen un alcance limitado cuando los docentes trabajan solos y probar algo nuevo entraña riesgos sin recompensa. El aprendizaje entre pares difunde prácticas que han funcionado en aulas similares, y el reconocimiento mantiene la implicación de los docentes comprometidos. Las familias influyen en el uso que niñas y niños hacen de la tecnología en casa, por lo que las escuelas que las hacen partícipes pueden reforzar hábitos seguros, saludables y útiles en lugar de contradecirlos.',
    'section.digital-culture.practice.0':
      'Dar tiempo a los docentes para planificar y revisar clases juntos y observarse mutuamente, y apoyar las comunidades profesionales, presenciales y en línea, en las que comparten recursos y experiencias de enseñanza con tecnología.',
    'section.digital-culture.practice.1':
      'Reconocer la innovación en la evaluación del desempeño y en la progresión profesional, por ejemplo teniendo en cuenta la competencia digital acreditada o las contribuciones a recursos compartidos, sin que la condición para ello sea un trabajo adicional no remunerado.',
    'section.digital-culture.practice.2':
      'Utilizar la autorreflexión de la escuela para hacer partícipe a toda la comunidad escolar, incluidos los estudiantes, en las decisiones sobre el uso de la tecnología, como hace la herramienta SELFIE de la Comisión Europea al recoger las opiniones de directivos, docentes y estudiantes.',
    'section.digital-culture.practice.3':
      'Informar a las familias y hacerlas partícipes: explicar qué plataformas y qué datos utiliza la escuela y por qué, ofrecer orientaciones sobre un uso seguro y saludable en casa y poner a su disposición un canal para expresar sus inquietudes.',
    'section.digital-culture.pitfall.0':
      'Depender de unos pocos entusiastas cuyo trabajo se detiene cuando se trasladan a otra escuela.',
    'section.digital-culture.pitfall.1':
      'Premiar la compra o la exhibición de tecnología en lugar de las mejoras en la enseñanza y el aprendizaje.',
    'section.digital-culture.pitfall.2':
      'Comunicarse con las familias solo cuando hay un problema, o solo a través de canales que algunas familias no pueden utilizar.',
    'section.digital-culture.reflection.0':
      '¿Cuándo compartieron por última vez los docentes de una escuela típica con sus colegas una clase en la que se utilizó la tecnología?',
    'section.digital-culture.reflection.1':
      '¿Cómo se reconoce en nuestro sistema a un docente que innova con la tecnología?',
    'section.digital-culture.reflection.2':
      '¿Cómo se enteran las familias de qué plataformas utiliza la escuela de sus hijos y qué datos recopila?',
    'section.digital-culture.reflection.3':
      '¿Qué comunidades o redes de docentes existen ya que podríamos apoyar en lugar de sustituirlas?',
    'module.content-solutions.overview':
      'Este pilar examina aquello con lo que trabajan realmente estudiantes y docentes: currículos que indican cómo la tecnología digital está al servicio del aprendizaje, contenidos digitales alineados con esos currículos, plataformas y canales de radiodifusión que hacen llegar los contenidos a todos los estudiantes, y la forma en que se eligen y evalúan las soluciones. Sus cuatro componentes siguen esa cadena, desde el currículo hasta la evidencia de que una herramienta es útil. La conectividad y los dispositivos solo dan fruto si llegan al aula contenidos pertinentes y usos bien diseñados; este pilar examina si es así, en las lenguas que hablan los estudiantes, para los estudiantes con discapacidad y para quienes tienen poca o ninguna conexión.',
    'module.content-solutions.whyItMatters':
      'El dinero invertido en dispositivos y conexiones se desperdicia si apenas hay en ellos algo que merezca la pena utilizar. El Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO constató que escasea la evidencia sólida e imparcial sobre el impacto de la tecnología educativa, y que buena parte de la evidencia disponible procede de quienes venden los productos. Los ministerios que alinean los contenidos con el currículo, llegan a los estudiantes a través de los canales de los que estos disponen realmente y ponen a prueba las soluciones antes de ampliarlas a mayor escala están en mejores condiciones de sacar partido de sus presupuestos, y evitan atar a las escuelas a productos que aportan poco al aprendizaje.',
    'module.content-solutions.reflection.0':
      '¿A qué partes del currículo pueden acceder hoy nuestros estudiantes mediante contenidos digitales, y qué estudiantes quedan excluidos?',
    'module.content-solutions.reflection.1':
      'La última vez que adoptamos una solución digital a gran escala, ¿qué evidencia pedimos y quién la verificó?',
    'module.content-solutions.reflection.2':
      '¿Podría un estudiante sin conexión, o con una discapacidad visual o auditiva, seguir el mismo currículo que los demás?',
    'module.content-solutions.reflection.3':
      '¿Quién es responsable en el ministerio de los contenidos, de las plataformas y de la evaluación, y planifican de forma conjunta?',
    'section.curriculum-integration.overview':
      'Cómo se integra la tecnología digital en lo que se enseña y se evalúa: currículos de las asignaturas que indican a qué objetivos de aprendizaje sirven las herramientas digitales, guías docentes y horarios que le hacen un lugar, una competencia digital que se desarrolla en todas las asignaturas y no en una sola, y el uso de la tecnología digital en la evaluación, desde los cuestionarios en el aula hasta los exámenes nacionales.',
    'section.curriculum-integration.whyItMatters':
      'Cuando el currículo guarda silencio, el uso de lo digital depende del entusiasmo individual y deriva hacia la ejercitación repetitiva o el entretenimiento. Un currículo que precisa la finalidad de cada actividad digital da a los docentes una razón para utilizar los dispositivos, ofrece una meta a los productores de contenidos y da a los inspectores algo que observar. La evaluación digital puede proporcionar resultados con mayor rapidez, pero solo está al servicio del aprendizaje si sus tareas siguen midiendo lo que el currículo valora.',
    'section.curriculum-integration.practice.0':
      'Describir la competencia digital como un conjunto de áreas y niveles de dominio al que contribuyen todas las asignaturas, tomando como base un marco de referencia compartido y no una lista de destrezas en el manejo de programas informáticos.',
    'section.curriculum-integration.practice.1':
      'Incorporar los usos digitales en los objetivos de cada asignatura y en las guías docentes cuando se revise el currículo, y alinear con ellos la formación docente, de modo que el marco de competencias docentes y el currículo describan la misma práctica.',
    'section.curriculum-integration.practice.2':
      'Trasladar las evaluaciones a la pantalla de forma gradual, comprobando que los resultados en pantalla y en papel sigan siendo comparables y que las tareas sigan midiendo lo que el currículo valora.',
    'section.curriculum-integration.practice.3':
      'Establecer normas claras sobre el uso de la IA generativa en los trabajos evaluados, y explicarlas a docentes, estudiantes y familias antes de que se apliquen.',
    'section.curriculum-integration.pitfall.0':
      'Añadir una asignatura de informática aparte y dar por resuelto el resto del currículo.',
    'section.curriculum-integration.pitfall.1':
      'Revisar los currículos sin revisar las guías docentes, los horarios y los exámenes, de modo que los objetivos digitales se quedan en el papel.',
    'section.curriculum-integration.pitfall.2':
      'Pasar los exámenes nacionales a formato digital antes de que las escuelas cuenten con los dispositivos, la conectividad y la práctica necesarios para que el alumnado los realice en condiciones equitativas.',
    'section.curriculum-integration.pitfall.3':
      'Enseñar determinados productos de software que estarán obsoletos cuando los estudiantes terminen la escuela, en lugar de competencias duraderas.',
    'section.curriculum-integration.example.0':
      'En 2013, el Departamento de Educación de Inglaterra publicó un programa de estudios de computación (computing) para las cuatro etapas clave (de 5 a 16 años), en sustitución de las TIC, que se imparte desde septiembre de 2014 y combina ciencias de la computación, tecnologías de la información y alfabetización digital.',
    'section.curriculum-integration.example.1':
      'El currículo nacional básico de Finlandia para la educación básica, adoptado en 2014 e introducido en los grados 1 a 6 a partir de agosto de 2016, menciona la competencia en TIC como una de las siete competencias transversales que todas las asignaturas contribuyen a desarrollar.',
    'section.curriculum-integration.example.2':
      'En 2022, Australia completó el paso de su evaluación nacional de lectoescritura y aritmética (NAPLAN) para los años 3, 5, 7 y 9 del papel a pruebas en línea, que adaptan las preguntas a las respuestas de cada estudiante, según el informe anual de la ACARA para 2021-22.',
    'section.curriculum-integration.reflection.0':
      '¿En cuántos currículos de asignaturas podría un docente encontrar a qué objetivos de aprendizaje deben servir las herramientas digitales?',
    'section.curriculum-integration.reflection.1':
      '¿Dan nuestras guías docentes y nuestros horarios tiempo y materiales para las actividades digitales que pide el currículo?',
    'section.curriculum-integration.reflection.2':
      '¿Qué evaluaciones podrían pasar a la pantalla sin perjudicar a las escuelas que tienen menos dispositivos?',
    'section.curriculum-integration.reflection.3':
      '¿Qué dicen nuestras normas sobre la IA generativa en las tareas y los exámenes, y las conocen los docentes?',
    'section.digital-content.overview':
      'Los recursos digitales que se corresponden con el currículo nacional: qué parte de este cubren, en qué lenguas, con qué licencia y si los estudiantes con discapacidad pueden utilizarlos. La cobertura se mide en asignaturas y grados; las lenguas incluyen la lengua de instrucción, las lenguas nacionales y locales y la lengua de señas; la licencia determina si los docentes pueden adaptar y compartir los recursos; la accesibilidad se mide con respecto a las WCAG 2.2.',
    'section.digital-content.whyItMatters':
      'Los contenidos que no siguen el currículo, o que los estudiantes no pueden comprender, rara vez se utilizan, por buenos que sean. El Informe de Seguimiento de la Educación en el Mundo de la UNESCO estimó en 2016 que hasta el 40 % de la población mundial no tiene acceso a la educación en una lengua que hable o comprenda. Las licencias abiertas permiten a un ministerio pagar una sola vez mientras los docentes adaptan, traducen y mejoran los recursos; los formatos accesibles mantienen a los estudiantes con discapacidad en las mismas clases que sus compañeros.',
    'section.digital-content.practice.0':
      'Hacer de la licencia abierta la norma para los contenidos pagados con dinero público, de modo que los docentes y otros productores puedan reutilizarlos, adaptarlos y traducirlos, y plasmar esa norma en una política escrita.',
    'section.digital-content.practice.1':
      'Planificar los contenidos en las lenguas que comprenden los estudiantes, empezando por los primeros grados, y presupuestar la traducción y la adaptación en lugar de depender únicamente de contenidos en la lengua oficial.',
    'section.digital-content.practice.2':
      'Exigir el nivel AA de las WCAG 2.2 en todos los contratos de contenidos y plataformas, realizar pruebas con estudiantes con discapacidad y ofrecer subtítulos, alternativas textuales y versiones en lengua de señas de los materiales básicos.',
    'section.digital-content.pitfall.0':
      'Contar los recursos publicados en línea en lugar de determinar qué asignaturas, grados y objetivos cubren.',
    'section.digital-content.pitfall.1':
      'Encargar contenidos sin asegurarse los derechos para adaptarlos, traducirlos y reutilizarlos.',
    'section.digital-content.pitfall.2':
      'Producir contenidos únicamente en la lengua oficial, lo que deja atrás a los estudiantes de los primeros grados que hablan otras lenguas.',
    'section.digital-content.pitfall.3':
      'Tratar la accesibilidad como un añadido posterior, lo que cuesta mucho más que incorporarla desde el principio.',
    'section.digital-content.example.0':
      'En su discurso presupuestario de febrero de 2022, el gobierno de la India anunció que se desarrollarían contenidos electrónicos de alta calidad en todas las lenguas habladas para su difusión por internet, telefonía móvil, televisión y radio, con un mecanismo competitivo para que los docentes elaboraran contenidos electrónicos.',
    'section.digital-content.reflection.0':
      '¿Para qué asignaturas y grados no tenemos contenidos digitales alineados con el currículo?',
    'section.digital-content.reflection.1':
      '¿En qué lenguas aprenden los estudiantes de los primeros grados, y en qué lenguas están nuestros contenidos?',
    'section.digital-content.reflection.2':
      '¿Quién tiene los derechos sobre los contenidos que hemos pagado, y pueden los docentes adaptarlos y compartirlos?',
    'section.digital-content.reflection.3':
      '¿Podría un estudiante ciego o sordo utilizar hoy nuestros contenidos básicos?',
    'section.learning-platforms.overview':
      'Los canales que hacen llegar los contenidos y el aprendizaje a los estudiantes: una plataforma nacional de aprendizaje que utilizan las escuelas y que el ministerio mantiene, soluciones que funcionan sin conexión o con poco ancho de banda, y canales de baja tecnología como la radio, la televisión, los mensajes de texto y las llamadas de voz, utilizados como parte planificada de la oferta, alineados con el currículo y con seguimiento de los estudiantes.',
    'section.learning-platforms.whyItMatters':
      'Durante los cierres de escuelas por la COVID-19, UNICEF estimó en 2020 que al menos 463 millones de estudiantes no podían acceder a la educación a distancia que ofrecían sus gobiernos, la mayoría de ellos en zonas rurales o en hogares pobres. Las plataformas que requieren una conexión permanente a internet no llegan a los estudiantes que más apoyo necesitan. Los países que ya utilizan canales de radiodifusión y sin conexión, y que conciben sus plataformas para un uso duradero y no solo para las emergencias, están mejor preparados para mantener la continuidad del aprendizaje.',
    'section.learning-platforms.practice.0':
      'Planificar cada canal en función de los estudiantes con menos conectividad: comprobar el acceso de los hogares a internet, la televisión, la radio y la telefonía móvil antes de elegir la combinación de canales.',
    'section.learning-platforms.practice.1':
      'Diseñar para todos los estudiantes desde el principio: plataformas que funcionen sin conexión y con poco ancho de banda, con contenidos que puedan descargarse o servirse desde un servidor escolar y un progreso que se sincronice cuando vuelva la conexión.',
    'section.learning-platforms.practice.2':
      'Utilizar la radio y la televisión como canales planificados, con una programación vinculada al currículo, un seguimiento impreso o por teléfono móvil y un medio para que los docentes comprueben los avances de los estudiantes.',
    'section.learning-platforms.pitfall.0':
      'Lanzar una plataforma en una emergencia sin presupuesto recurrente, de modo que languidece cuando termina el contrato o el financiamiento del donante.',
    'section.learning-platforms.pitfall.1':
      'Medir el éxito por el número de cuentas creadas y no por el uso regular para aprender.',
    'section.learning-platforms.pitfall.2':
      'Emitir clases sin programación, sin material impreso de apoyo y sin contacto con los docentes, de modo que nadie sabe quién las siguió.',
    'section.learning-platforms.pitfall.3':
      'Mantener varias plataformas que se superponen, cada una con sus propias cuentas y contenidos, que los docentes deben aprender a manejar por separado.',
    'section.learning-platforms.example.0':
      'La Telesecundaria de México comenzó en 1968 y llevó la educación secundaria a las comunidades rurales mediante clases televisadas que se siguen en el aula con un docente; una historia publicada por la Secretaría de Educación Pública en 2010 relata su evolución.',
    'section.learning-platforms.example.1':
      'El discurso presupuestario de la India de febrero de 2022 anunció que el programa “una clase, un canal de televisión” de PM eVIDYA pasaría de 12 a 200 canales de televisión, para que cada estado pudiera emitir clases complementarias en lenguas regionales para los grados 1 a 12.',
    'section.learning-platforms.reflection.0':
      '¿Qué proporción de nuestros estudiantes podría seguir clases en línea desde casa, y qué proporción solo por radio, televisión o teléfono?',
    'section.learning-platforms.reflection.1':
      '¿Se sigue utilizando cada semana nuestra plataforma nacional, y quién la pagará el año próximo?',
    'section.learning-platforms.reflection.2':
      'Si mañana cerraran las escuelas, ¿qué canales llegarían a los estudiantes de las zonas más remotas?',
    'section.learning-platforms.reflection.3':
      '¿Cómo sabría un docente si un estudiante siguió una clase emitida por radio o televisión?',
    'section.edtech-evaluation.overview':
      'Cómo se seleccionan las soluciones digitales para las escuelas y si se mide su efecto en el aprendizaje: criterios de selección publicados (adecuación al currículo, evidencia, accesibilidad, protección de datos, costo), el mismo examen para los productos gratuitos y donados que para los comprados, planes de evaluación integrados en los grandes programas y el uso de los resultados para ampliar la escala, rediseñar o detener.',
    'section.edtech-evaluation.whyItMatters':
      'Los estudios rigurosos muestran resultados muy distintos en programas que parecen similares: algunas modalidades de enseñanza asistida por tecnología han mejorado el aprendizaje en pocos meses, mientras que un gran programa de computadoras portátiles no tuvo ningún efecto en las puntuaciones de las pruebas. El Informe de Seguimiento de la Educación en el Mundo 2023 de la UNESCO señala que buena parte de la evidencia disponible procede de quienes venden los productos. Sin criterios y evaluaciones propios, los ministerios no pueden distinguir unos casos de otros antes de comprometer grandes presupuestos.',
    'section.edtech-evaluation.practice.0':
      'Publicar criterios de selección y aplicarlos a todos los productos, incluidos los gratuitos y los donados: adecuación al currículo, evidencia de impacto en el aprendizaje, accesibilidad, protección de datos y costo total.',
    'section.edtech-evaluation.practice.1':
      'Clasificar la evidencia en que se apoya cada producto según su solidez, desde los estudios aleatorizados hasta una justificación plausible, y pedir a los proveedores evaluaciones realizadas por investigadores independientes.',
    'section.edtech-evaluation.practice.2':
      'Dar prioridad a los usos que las revisiones de estudios rigurosos consideran prometedores, como el software que adapta la práctica al nivel de cada estudiante allí donde ya hay dispositivos, y no esperar que los dispositivos por sí solos mejoren el aprendizaje.',
    'section.edtech-evaluation.practice.3':
      'Integrar la evaluación en los grandes programas desde el principio, con mediciones del aprendizaje y un grupo de comparación, y publicar los resultados, sean cuales sean.',
    'section.edtech-evaluation.pitfall.0':
      'Presentar los dispositivos entregados o las cuentas creadas como si fueran resultados de aprendizaje.',
    'section.edtech-evaluation.pitfall.1':
      'Aceptar productos donados sin el examen que se aplica a los comprados, y heredar después sus costos de funcionamiento y sus prácticas en materia de datos.',
    'section.edtech-evaluation.pitfall.2':
      'Ampliar un proyecto piloto a escala nacional antes de evaluarlo, o evaluarlo únicamente con los datos del propio proveedor.',
    'section.edtech-evaluation.pitfall.3':
      'Publicar solo las evaluaciones que muestran resultados positivos.',
    'section.edtech-evaluation.example.0':
      'Una evaluación aleatorizada del programa Una Laptop por Niño (One Laptop per Child) del Perú en escuelas primarias rurales, publicada en 2017, constató que el programa elevó el número de computadoras por estudiante de 0,12 a 1,18 y aumentó considerablemente su uso, pero no tuvo ningún efecto en las puntuaciones de las pruebas de matemáticas y lenguaje al cabo de unos 15 meses.',
    'section.edtech-evaluation.example.1':
      'Una evaluación aleatorizada realizada en Delhi y publicada en 2019 constató que los estudiantes de secundaria inferior que obtuvieron en un sorteo acceso gratuito a un programa extraescolar adaptativo (Mindspark) lograron al cabo de 4,5 meses resultados notablemente mejores en matemáticas y en hindi que quienes no lo obtuvieron.',
    'section.edtech-evaluation.example.2':
      'La ley Every Student Succeeds Act de 2015 de los Estados Unidos define cuatro niveles de evidencia para las intervenciones educativas (sólida, moderada, prometedora y que demuestra una justificación); unas orientaciones publicadas por el Departamento de Educación de los Estados Unidos en 2016 explican cómo deben aplicarlos los estados y los distritos al elegir intervenciones.',
    'section.edtech-evaluation.reflection.0':
      '¿Cuál de nuestros programas digitales actuales ha demostrado, frente a un grupo de comparación, que mejora el aprendizaje?',
    'section.edtech-evaluation.reflection.1':
      '¿Pasan los productos donados y gratuitos por el mismo examen que los que compramos?',
    'section.edtech-evaluation.reflection.2':
      '¿Quién decide ampliar o detener un programa, y sobre la base de qué evidencia?',
    'section.edtech-evaluation.reflection.3':
      '¿Qué proporción de los presupuestos de los programas reservamos para la evaluación?',
    'module.data-evidence.overview':
      'Este pilar examina los datos que un sistema educativo tiene sobre sus estudiantes, sus docentes y sus escuelas, y lo que hace con ellos: si los datos dan lugar a decisiones y a un apoyo temprano a los estudiantes, si sistemas como el sistema de información para la gestión educativa (SIGE) intercambian datos mediante estándares abiertos, si los datos son completos, oportunos y fiables, si los datos personales de los estudiantes están protegidos y si la inteligencia artificial se utiliza con arreglo a normas claras. Es un pilar fundamental: todos los demás dependen de estos datos para saber en qué punto se encuentran.',
    'module.data-evidence.whyItMatters':
      'Sin datos fiables, un ministerio no puede ver qué escuelas carecen de docentes, qué estudiantes están a punto de abandonar los estudios o si un programa funciona. El Informe sobre el desarrollo mundial 2018 del Banco Mundial sostuvo que el aprendizaje debe medirse para que pueda convertirse en un objetivo serio de las políticas. Esos mismos datos conllevan riesgos: los expedientes de los estudiantes son personales, y la expansión de la tecnología educativa y de la IA multiplica el número de quienes los poseen. Por ello, un buen sistema de datos combina uso, calidad y protección, y responder con honestidad a este pilar pone a prueba también la evidencia en que se apoya el resto de la autoevaluación.',
    'module.data-evidence.reflection.0':
      '¿Qué decisiones tomó el ministerio el año pasado sobre la base de datos del SIGE, y cuáles se tomaron sin datos?',
    'module.data-evidence.reflection.1':
      '¿Cuánto tiempo después del censo escolar llegan los datos a manos de quienes planifican?',
    'module.data-evidence.reflection.2':
      '¿Sabemos qué empresas tienen datos sobre nuestros estudiantes, y en qué condiciones?',
    'module.data-evidence.reflection.3':
      '¿Quién decide si la IA puede utilizarse con los datos de los estudiantes, y de qué manera?',
    'section.actionable-insights.overview':
      'Si los datos se traducen en decisiones: indicadores que los planificadores, los funcionarios de distrito y los directores de escuela utilizan realmente para asignar docentes y fondos, sistemas de alerta temprana que señalan a los estudiantes en riesgo de abandono escolar para que las escuelas puedan actuar a tiempo, y la publicación de los datos y de los resultados de las escuelas en formatos que el público pueda comprender y reutilizar.',
    'section.actionable-insights.whyItMatters':
      'Recopilar datos cuesta dinero y tiempo escolar, y solo su uso justifica ese costo. Los datos que se devuelven a las escuelas en una forma útil les dan un motivo para informar con cuidado. Los indicadores de alerta temprana permiten que el apoyo llegue antes de que un estudiante abandone la escuela y no después, y los resultados publicados permiten a las familias y las comunidades ver cómo les va a sus escuelas y pedir mejoras.',
    'section.actionable-insights.practice.0':
      'Vincular un conjunto reducido de indicadores que combinen los resultados de aprendizaje y la progresión en la escolaridad con metas explícitas para cada nivel del sistema, y revisarlos con una periodicidad fija.',
    'section.actionable-insights.practice.1':
      'Devolver los datos a las escuelas y los distritos en forma de informes o tableros que les permitan actuar, y no solo a los planificadores centrales.',
    'section.actionable-insights.practice.2':
      'Construir sistemas de alerta temprana basados en indicadores que la investigación relaciona con el abandono escolar, como la asistencia y el rendimiento en las asignaturas, y asociar a cada alerta una respuesta definida por parte de la escuela.',
    'section.actionable-insights.pitfall.0':
      'Elaborar anuarios estadísticos que llegan demasiado tarde para orientar el presupuesto o la asignación de docentes.',
    'section.actionable-insights.pitfall.1':
      'Publicar clasificaciones en bruto que comparan escuelas que atienden a estudiantes muy diferentes.',
    'section.actionable-insights.pitfall.2':
      'Emitir alertas tempranas sin que nadie sea responsable de actuar en consecuencia.',
    'section.actionable-insights.pitfall.3':
      'Añadir indicadores cada año sin comprobar cuáles utiliza alguien.',
    'section.actionable-insights.example.0':
      'El Decreto 6.094 del Brasil, de 2007, convirtió el Índice de Desarrollo de la Educación Básica (IDEB), calculado por el INEP a partir de las tasas de aprobación del censo escolar combinadas con los resultados de las evaluaciones nacionales, en el indicador objetivo para verificar el cumplimiento de las metas del plan “Compromisso Todos pela Educação”.',
    'section.actionable-insights.reflection.0':
      '¿Qué tres indicadores miraría primero el ministro, y están disponibles a tiempo para el presupuesto?',
    'section.actionable-insights.reflection.1':
      '¿Reciben los directores de escuela los datos de su propia escuela, en una forma que puedan utilizar?',
    'section.actionable-insights.reflection.2':
      'Cuando se señala que un estudiante está en riesgo de abandono escolar, ¿quién hace qué, y con qué rapidez?',
    'section.actionable-insights.reflection.3':
      '¿Qué publicamos sobre las escuelas, y podría entenderlo una madre o un padre?',
    'section.systems-integration.overview':
      'Cómo está construido y conectado el SIGE: una arquitectura que vincula los registros de escuelas, estudiantes y docentes con los exámenes, los recursos humanos, las finanzas y las plataformas de aprendizaje; identificadores únicos que permiten que los registros acompañen al estudiante; y el intercambio de datos mediante estándares abiertos acordados e interfaces documentadas, en lugar de la reintroducción manual.',
    'section.systems-integration.whyItMatters':
      'Los sistemas separados obligan a las escuelas a introducir los mismos datos varias veces, producen cifras que no coinciden e impiden seguir a un estudiante de una escuela a otra. Una arquitectura integrada ofrece una única versión de los hechos, aligera la carga de información que soportan las escuelas y permite conectar nuevas herramientas sin desarrollos a medida. Los estándares abiertos también dejan al ministerio libre para cambiar de proveedor.',
    'section.systems-integration.practice.0':
      'Tratar el SIGE como un sistema de registros conectados con una arquitectura definida, y no como un cuestionario anual, y asignar a una unidad una responsabilidad clara sobre él.',
    'section.systems-integration.practice.1':
      'Acordar la interoperabilidad en cuatro niveles, jurídico, organizativo, semántico y técnico, antes de conectar los sistemas, para que los datos compartidos signifiquen lo mismo en todas partes.',
    'section.systems-integration.practice.2':
      'Exigir estándares abiertos e interfaces documentadas en cada compra de una plataforma o un sistema, para que los datos puedan circular hacia el SIGE y desde él, y dar a cada estudiante un identificador único protegido para que sus registros lo acompañen de una escuela a otra y de un nivel educativo a otro.',
    'section.systems-integration.pitfall.0':
      'Comprar módulos a distintos proveedores sin ningún acuerdo sobre los formatos de datos y pagar después por conexiones a medida entre ellos.',
    'section.systems-integration.pitfall.1':
      'Pedir a las escuelas que introduzcan los mismos datos en varios sistemas.',
    'section.systems-integration.pitfall.2':
      'Construir un sistema integrado antes de decidir quién puede ver qué datos.',
    'section.systems-integration.pitfall.3':
      'Dejar que el SIGE dependa de una sola persona o de un solo contratista, el único que lo entiende.',
    'section.systems-integration.example.0':
      'El Sistema de Información Educativa de Estonia (EHIS) reúne en una única base de datos nacional datos sobre escuelas, alumnos, docentes, exámenes y titulaciones, que pueden vincularse con datos del mercado laboral; un estudio de caso de la OCDE publicado en 2020 describe cómo se introducen los datos y cómo se utilizan para la formulación de políticas.',
    'section.systems-integration.reflection.0':
      '¿Cuántas veces al año introduce un director de escuela los datos del mismo estudiante en sistemas distintos?',
    'section.systems-integration.reflection.1':
      '¿Coinciden el SIGE, el sistema de exámenes y la nómina en el número de docentes que tiene una escuela?',
    'section.systems-integration.reflection.2':
      '¿Cuáles de nuestros sistemas utilizan interfaces abiertas y documentadas, y cuáles dependen de un único proveedor?',
    'section.systems-integration.reflection.3':
      '¿Podemos seguir a un estudiante que se traslada a otra escuela o a otra región sin perder su expediente?',
    'section.quality-coverage.overview':
      'Si los datos son fiables y abarcan a todos: cómo se recopilan los datos escolares (formularios en papel o registros digitales que llevan las escuelas), con qué rapidez llegan a los usuarios, si se cubren todas las escuelas, incluidas las no estatales, si las cifras se contrastan con otras fuentes y si pueden desglosarse por sexo, ubicación, discapacidad y otras características.',
    'section.quality-coverage.whyItMatters':
      'Las decisiones solo son tan buenas como los datos en que se basan. Una cobertura incompleta oculta a los estudiantes peor atendidos por el sistema, a menudo en escuelas no estatales o remotas, y los datos tardíos llegan después de que se haya fijado el presupuesto. La Agenda 2030 para el Desarrollo Sostenible, adoptada en 2015, pide datos desglosados por ingresos, sexo, edad, discapacidad, estatus migratorio y ubicación geográfica, porque los promedios ocultan las brechas que las políticas de equidad deben reducir.',
    'section.quality-coverage.practice.0':
      'Pasar de los formularios en papel a registros digitales que llevan las escuelas y que se reutilizan para el censo, de modo que los datos se introduzcan una sola vez y se verifiquen en el momento de su introducción.',
    'section.quality-coverage.practice.1':
      'Abarcar todas las escuelas, públicas y privadas, mediante una obligación legal de informar, y designar a los responsables de la exactitud de lo que se declara.',
    'section.quality-coverage.practice.2':
      'Verificar los datos mediante controles automáticos de coherencia, auditorías por muestreo y la comparación con otras fuentes, como las encuestas de hogares y los registros de nómina.',
    'section.quality-coverage.practice.3':
      'Recopilar las características necesarias para desglosar los indicadores, como el sexo, la ubicación, la discapacidad y el desplazamiento, y publicar los desgloses.',
    'section.quality-coverage.pitfall.0':
      'Publicar las cifras de matrícula del censo sin contrastarlas con las estimaciones de población o con la asistencia.',
    'section.quality-coverage.pitfall.1':
      'Dejar fuera del censo a las escuelas no estatales, de modo que la imagen del sistema queda incompleta.',
    'section.quality-coverage.pitfall.2': 'Recopilar datos desglosados que ningún informe utiliza.',
    'section.quality-coverage.pitfall.3':
      'Vincular el financiamiento a la matrícula declarada sin auditorías, lo que premia las cifras infladas.',
    'section.quality-coverage.example.0':
      'El Decreto 6.425 del Brasil, de 2008, exige un censo escolar anual de todos los establecimientos públicos y privados de educación básica, realizado con los estados y los municipios, con los alumnos, los grupos, las escuelas y los profesionales de la educación como unidades de información, y hace responsables de la exactitud de lo que declaran a las autoridades y a los directores de las escuelas privadas.',
    'section.quality-coverage.reflection.0':
      '¿Qué proporción de las escuelas, incluidas las privadas y las comunitarias, respondió al último censo?',
    'section.quality-coverage.reflection.1':
      '¿Cuántos meses transcurren entre la fecha de referencia del censo y la publicación de los resultados?',
    'section.quality-coverage.reflection.2':
      '¿Cuándo contrastó alguien por última vez las cifras del censo con una fuente independiente?',
    'section.quality-coverage.reflection.3':
      '¿Podemos decir cuántos estudiantes con discapacidad están matriculados, y dónde?',
    'section.security-privacy.overview':
      'Cómo se protegen los datos personales de estudiantes y docentes: una ley que abarque los datos de los estudiantes, con normas específicas para niñas y niños; una autoridad capaz de hacerla cumplir en el ámbito educativo; prácticas de seguridad en los ministerios, las escuelas y los proveedores; y transparencia, para que los estudiantes y sus familias sepan qué datos se recopilan, con qué fin y quién los tiene.',
    'section.security-privacy.whyItMatters':
      'Los sistemas educativos tienen datos sobre casi todos los niños y niñas de un país, y el aprendizaje en línea ha puesto una parte mayor de ellos en manos privadas. En 2022, Human Rights Watch informó de que la mayoría de los productos de aprendizaje en línea respaldados por los gobiernos durante los cierres de escuelas por la COVID-19 que había examinado parecían tener prácticas en materia de datos que ponían en riesgo los derechos de niñas y niños o los vulneraban. Las escuelas también son blanco de ciberataques focalizados. La confianza, una vez perdida, dificulta cualquier recopilación de datos posterior.',
    'section.security-privacy.practice.0':
      'Basar las normas sobre los datos de los estudiantes en los derechos del niño: recopilar solo lo que requiere la educación, limitar el tiempo de conservación de los datos y prohibir los usos comerciales, como la publicidad y la elaboración de perfiles.',
    'section.security-privacy.practice.1':
      'Evaluar los riesgos para los datos de los estudiantes antes de adoptar cualquier plataforma o herramienta que los trate, e incluir en el contrato las salvaguardias resultantes.',
    'section.security-privacy.practice.2':
      'Aplicar en todo el ministerio y en las escuelas una lista breve de medidas de seguridad de gran impacto: autenticación multifactor, instalación oportuna de parches, copias de seguridad probadas y un plan de respuesta a incidentes ensayado.',
    'section.security-privacy.practice.3':
      'Explicar a los estudiantes y a sus familias, en un lenguaje sencillo, qué datos se recopilan, con qué finalidad, quién los recibe y durante cuánto tiempo se conservan.',
    'section.security-privacy.pitfall.0':
      'Respaldar plataformas gratuitas durante una emergencia sin comprobar cómo utilizan los datos de los estudiantes.',
    'section.security-privacy.pitfall.1':
      'Confiar en una ley general de protección de datos que ninguna autoridad hace cumplir en las escuelas.',
    'section.security-privacy.pitfall.2':
      'Compartir expedientes completos de los estudiantes con los socios cuando bastarían datos agregados.',
    'section.security-privacy.pitfall.3':
      'Utilizar formularios de consentimiento que las familias no pueden rechazar sin que su hijo o hija pierda el acceso a los servicios escolares.',
    'section.security-privacy.example.0':
      'La Family Educational Rights and Privacy Act (FERPA) de 1974 otorga a los padres y madres de los Estados Unidos el derecho a consultar los expedientes educativos de sus hijos y a solicitar correcciones y, en general, exige su consentimiento por escrito antes de que se divulgue información de identificación personal contenida en esos expedientes; estos derechos pasan al estudiante a los 18 años o cuando ingresa en la educación postsecundaria.',
    'section.security-privacy.example.1':
      'El Age Appropriate Design Code del Reino Unido, un código de buenas prácticas de carácter legal de la Information Commissioner’s Office, entró en vigor en septiembre de 2020 con un período de transición de 12 meses; sus 15 normas se aplican a los servicios en línea a los que probablemente accedan niñas y niños, entre ellos los sitios web educativos, y exigen una configuración de privacidad alta por defecto.',
    'section.security-privacy.example.2':
      'En enero de 2023, conforme a lo exigido por la ley K-12 Cybersecurity Act de 2021 sobre la ciberseguridad en la educación escolar, la Agencia de Ciberseguridad y Seguridad de las Infraestructuras (CISA) de los Estados Unidos publicó un informe sobre los riesgos cibernéticos a los que se enfrentan las escuelas, en el que recomendaba unas pocas medidas de gran impacto, como la autenticación multifactor, la instalación de parches, las copias de seguridad probadas y un plan de respuesta a incidentes.',
    'section.security-privacy.reflection.0':
      '¿Qué ley protege hoy los datos de los estudiantes, y dice algo específico sobre niñas y niños?',
    'section.security-privacy.reflection.1':
      '¿Quién podría decirnos qué empresas reciben datos de las plataformas que utilizan nuestras escuelas?',
    'section.security-privacy.reflection.2':
      '¿Qué haríamos en las primeras 24 horas tras una violación de seguridad de los expedientes de los estudiantes?',
    'section.security-privacy.reflection.3':
      '¿Cómo se enteran las familias de qué datos tiene el sistema educativo sobre sus hijos?',
    'section.artificial-intelligence.overview':
      'Cómo entra la inteligencia artificial en el sistema educativo y con arreglo a qué normas: una política u orientaciones sobre la IA en la educación, normas para la IA generativa que utilizan estudiantes y docentes, y condiciones para la adquisición de herramientas de IA, como la transparencia sobre su funcionamiento, la supervisión humana de las decisiones que afectan a los estudiantes y la protección de los datos que utilizan.',
    'section.artificial-intelligence.whyItMatters':
      'Las herramientas de IA llegan a las escuelas más rápido que las normas que deberían regularlas. Los sistemas que admiten, califican o asignan a los estudiantes, o que los vigilan durante las pruebas, pueden condicionar sus trayectorias, y sus errores o sesgos son difíciles de ver desde fuera. El Reglamento de Inteligencia Artificial de la Unión Europea, de 2024, clasifica estos usos en la educación como de alto riesgo y prohíbe el reconocimiento de emociones en las escuelas salvo por motivos médicos o de seguridad. Unas orientaciones nacionales claras permiten a las escuelas utilizar la IA allí donde resulta útil, protegiendo al mismo tiempo a los estudiantes.',
    'section.artificial-intelligence.practice.0':
      'Mantener a las personas al mando: las decisiones sobre la admisión, la calificación o la asignación de los estudiantes siguen en manos de personal que rinde cuentas, con la IA como apoyo, y todo uso de la IA puede explicarse a las personas a las que afecta.',
    'section.artificial-intelligence.practice.1':
      'Establecer normas para la IA generativa antes de que se extienda de forma espontánea, incluida una edad mínima para su uso autónomo en clase; la guía de la UNESCO de 2023 propone los 13 años.',
    'section.artificial-intelligence.practice.2':
      'Clasificar los usos de la IA según su riesgo y aplicar las condiciones más estrictas, como la documentación, la supervisión humana y las pruebas de sesgo, a los sistemas que admiten, evalúan o vigilan a los estudiantes.',
    'section.artificial-intelligence.practice.3':
      'Incorporar los derechos del niño en la compra de herramientas de IA: protección de sus datos, equidad y no discriminación, y explicaciones que niñas y niños puedan comprender.',
    'section.artificial-intelligence.pitfall.0':
      'Prohibir por completo la IA generativa y descubrir después que los estudiantes la utilizan sin ninguna orientación.',
    'section.artificial-intelligence.pitfall.1':
      'Comprar herramientas de IA cuyas decisiones nadie en el ministerio puede explicar ni verificar.',
    'section.artificial-intelligence.pitfall.2':
      'Permitir que los proveedores entrenen sus modelos con los datos de los estudiantes sin un acuerdo explícito.',
    'section.artificial-intelligence.pitfall.3':
      'Tratar las orientaciones sobre IA como un documento puntual en lugar de revisarlas a medida que cambian las herramientas.',
    'section.artificial-intelligence.example.0':
      'Los ministros de educación de Australia aprobaron el Marco Australiano para la Inteligencia Artificial Generativa en las Escuelas (Australian Framework for Generative Artificial Intelligence in Schools) en octubre de 2023; publicado en diciembre de 2023 y aplicado a partir de 2024, establece seis principios, entre ellos la privacidad, la seguridad y la protección, y debe revisarse al menos cada 12 meses.',
    'section.artificial-intelligence.example.1':
      'El Departamento de Educación de Inglaterra publicó por primera vez su posición sobre la IA generativa en la educación en marzo de 2023 y la ha actualizado desde entonces; pide a las escuelas que no introduzcan datos personales o sensibles en herramientas de IA generativa y que adopten medidas razonables contra las prácticas fraudulentas en los trabajos evaluados.',
    'section.artificial-intelligence.example.2':
      'En mayo de 2023, la Oficina de Tecnología Educativa del Departamento de Educación de los Estados Unidos publicó “Artificial Intelligence and the Future of Teaching and Learning” (La inteligencia artificial y el futuro de la enseñanza y el aprendizaje), informe elaborado a partir de sesiones públicas de consulta; la primera de sus siete recomendaciones es mantener a las personas en el circuito de decisión cuando se utiliza la IA en la educación.',
    'section.artificial-intelligence.reflection.0':
      '¿Dónde se utiliza ya la IA en nuestro sistema, incluso dentro de herramientas compradas para otros fines?',
    'section.artificial-intelligence.reflection.1':
      '¿Qué decisiones sobre los estudiantes nunca dejaríamos en manos de un sistema automatizado?',
    'section.artificial-intelligence.reflection.2':
      '¿Qué saben nuestros docentes y estudiantes sobre las normas relativas a la IA generativa?',
    'section.artificial-intelligence.reflection.3':
      '¿Quién revisa nuestras orientaciones sobre IA, y con qué frecuencia?',
  },
};

export default es;
