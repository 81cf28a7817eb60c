// The instrument "Ficha de monitoreo a la implementación de la CAP en las IIEE de la ETP – 2024" as data.
import type { Instrument } from "./types";

export const CAP_ETP_2024: Instrument = {
  id: "cap-etp-2024",
  year: 2024,
  title:
    "FICHA DE MONITOREO A LA IMPLEMENTACIÓN DE LA COMUNIDAD DE APRENDIZAJE PROFESIONAL (CAP) EN LAS INSTITUCIONES EDUCATIVAS DE LA ETP – 2024",
  headerLines: [
    "PERÚ — Ministerio de Educación",
    "Dirección Regional de Educación de Lima Metropolitana",
    "Unidad de Gestión Educativa Local N° 02",
    "Área de Gestión de la Educación Básica Alternativa y Técnico Productiva",
  ],
  yearName:
    "Año del Bicentenario, de la consolidación de nuestra Independencia, y de la conmemoración de las heroicas batallas de Junín y Ayacucho",
  introduction:
    "Estimado(a) director(a): A continuación, presentamos la ficha de monitoreo a la implementación de una comunidad de aprendizaje profesional (CAP) en el CETPRO; la finalidad es generar una valoración del nivel de avance en que se encuentra la implementación de una comunidad de aprendizaje profesional (CAP). Esta valoración es objetiva y se basa únicamente en la observación realizada durante el proceso de monitoreo. A continuación, encontrarás una tabla de valoración y deberás marcar con un aspa (X) de acuerdo a lo que corresponda.",
  sections: [
    {
      code: "4.1",
      name: "Acciones que realiza el equipo directivo para implementar las CAP en su CETPRO",
      dimensions: [
        {
          code: "4.1.1",
          name: "Sensibilización",
          description: "desarrollo de reuniones de reflexión colegiadas sobre la práctica pedagógica y los logros de aprendizaje de los estudiantes en las diferentes competencias del CNOF.",
          items: [
            { code: "4.1.1.1", text: "El equipo directivo presentó la propuesta de CAP, considerando el marco normativo, definir la CAP e identificar la importancia y características de la CAP, \"Propiciar la generación de Comunidades de Aprendizaje para fortalecer las prácticas pedagógicas y de gestión, considerando las necesidades y características de los estudiantes y el contexto donde se brinda el servicio educativo\" (recae en el Comité de Gestión Pedagógica) a través de una reunión colegiada. (PPT consensuado)" },
            { code: "4.1.1.2", text: "Se genera un clima de apertura, confianza, reflexión, colaboración y respeto." },
            { code: "4.1.1.3", text: "Los docentes discuten y reflexionan críticamente respecto a cómo mejorar el aprendizaje de sus estudiantes, y llegan a acuerdos, que luego implementan en sus aulas. (acta de reunión)" },
            { code: "4.1.1.4", text: "El directivo y docentes toman la decisión de implementar las CAP (suscribiendo un acta)." },
            { code: "4.1.1.5", text: "En las reuniones colegiadas se plantea una visión y misión común: mejora de los procesos pedagógicos, trabajo colaborativo de docentes en la CAP y logros de aprendizaje de los estudiantes." },
          ],
        },
        {
          code: "4.1.2",
          name: "Diagnóstico",
          description: "con el propósito de identificar las necesidades formativas de los docentes que inciden directamente en los aprendizajes de los estudiantes del CETPRO.",
          items: [
            { code: "4.1.2.1", text: "Uso de evidencias o resultados del Monitoreo y Acompañamiento de la Práctica Pedagógica del primer periodo (sistematización de los resultados del monitoreo pedagógico, evidencias de socialización)." },
            { code: "4.1.2.2", text: "Uso de evidencias de aprendizaje de los estudiantes: registros de evaluación, actas de evaluación de 2024-1 (consolidado de resultados de evaluación de aprendizajes de los estudiantes)." },
            { code: "4.1.2.3", text: "Se realizó el diagnóstico de la Institución Educativa y autodiagnóstico del docente CETPRO (matriz de diagnóstico institucional)." },
            { code: "4.1.2.4", text: "Logró consolidar y analizar datos cualitativos y cuantitativos de los logros de aprendizaje de los estudiantes. Identificar y priorizar el o los problemas de aprendizaje más comunes de cada opción ocupacional y aula." },
            { code: "4.1.2.5", text: "Se ha priorizado el o los desempeños docentes con mayor incidencia en los logros de aprendizaje de los estudiantes." },
            { code: "4.1.2.6", text: "Logró socializar y aprobar de manera colegiada los desempeños docentes priorizados a ser abordados." },
          ],
        },
        {
          code: "4.1.3",
          name: "Definición de grupos de la CAP (planificación y organización)",
          description: "con el propósito de definir las acciones de corto, mediano y largo plazo a implementar a nivel institucional para mejorar la práctica pedagógica.",
          items: [
            { code: "4.1.3.1", text: "Se plantean las acciones necesarias para el corto, mediano y largo plazo, con el propósito de implementar las CAP en las IE. (acta de reunión)" },
            { code: "4.1.3.2", text: "En función del diagnóstico, se prevén acciones para el corto, mediano y largo plazo; han sido consideradas en el PEI y el PAT." },
            { code: "4.1.3.3", text: "El equipo directivo programa actividades que partan del monitoreo y acompañamiento a la práctica pedagógica y de los resultados de aprendizaje de los estudiantes del CETPRO." },
            { code: "4.1.3.4", text: "La CAP del CETPRO se ha organizado con participación del equipo directivo y el personal docente de la modalidad de ETP (de manera general)." },
            { code: "4.1.3.5", text: "La CAP del CETPRO se ha organizado de manera específica con participación del director(a) y el personal docente del ciclo, familia profesional." },
            { code: "4.1.3.6", text: "La CAP del CETPRO implica movilizar acciones que se enfocan en aspectos de carácter estrictamente pedagógico y sobre la base de evidencias, en base a las interacciones en el marco del enfoque crítico-reflexivo." },
          ],
        },
        {
          code: "4.1.4",
          name: "Instrumentos sugeridos para la planificación e implementación de las CAP",
          // The form prints no description for this block.
          description: "",
          items: [
            { code: "4.1.4.1", text: "Los responsables de la CAP en el CETPRO han elaborado la propuesta de Plan de la CAP del CETPRO (esquema con los pasos para la organización e implementación de una CAP)." },
            { code: "4.1.4.2", text: "Ha implementado un cronograma anual de las reuniones de la CAP, precisando total de personas participantes, días, horario y tiempo de duración (acciones o tareas que realizarían en las reuniones y sesiones)." },
            { code: "4.1.4.3", text: "Elaboración del acta de reuniones de la CAP, considerando los acuerdos y compromisos." },
            { code: "4.1.4.4", text: "Verificación de la calidad de la reunión de la CAP, considerando tema, día, criterios, aclaraciones y evidencias." },
            { code: "4.1.4.5", text: "El CETPRO ha elaborado un Consolidado CAP, que permite el seguimiento de los temas priorizados, ejecución, metodología, reflexión y observaciones." },
          ],
        },
      ],
    },
    {
      code: "4.2",
      name: "Desarrollo de las reuniones de una CAP",
      subtitle: "Ruta para la ejecución de una reunión CAP",
      dimensions: [
        {
          code: "4.2.1",
          name: "Antes",
          description: "definir condiciones con antelación del desarrollo de la CAP.",
          items: [
            { code: "4.2.1.1", text: "Asegura la asistencia y puntualidad de los participantes, considerando diferentes medios comunicacionales." },
            { code: "4.2.1.2", text: "Se ha considerado la organización de los actores y la definición de sus roles a fin de garantizar el buen desarrollo de la CAP." },
            { code: "4.2.1.3", text: "El tema de la reunión es sobre la base de evidencias recogidas en el diagnóstico (estado de la práctica pedagógica, logros de aprendizaje)." },
            { code: "4.2.1.4", text: "El coordinador arma la propuesta de agenda para el desarrollo de la reunión; a modo de sugerencia, de acuerdo a una estructura, dicha agenda la remite a los docentes explicando los beneficios y el objetivo de la reunión." },
          ],
        },
        {
          code: "4.2.2",
          name: "Durante",
          description: "desarrollo de la agenda de una reunión de la CAP.",
          items: [
            { code: "4.2.2.1", text: "Se presenta la agenda con los propósitos metodológicos a tener en cuenta.", group: "Agenda del día y valores" },
            { code: "4.2.2.2", text: "Se presenta a los encargados con sus respectivos roles.", group: "Agenda del día y valores" },
            { code: "4.2.2.3", text: "Se presentan los valores o normas de funcionamiento de la CAP.", group: "Agenda del día y valores" },
            { code: "4.2.2.4", text: "El coordinador menciona el objetivo de la reunión y el tema que se tratará.", group: "Agenda del día y valores" },
            { code: "4.2.2.5", text: "Se presenta la problemática en base a los resultados encontrados.", group: "Problemática / resultados" },
            { code: "4.2.2.6", text: "Esta problemática es analizada, discutida y reflexionada por los docentes para luego identificar las causas y consecuencias de forma conjunta.", group: "Problemática / resultados" },
            { code: "4.2.2.7", text: "Realizan un conversatorio con los docentes sobre sus saberes previos en relación a la problemática, a partir de su práctica cotidiana y sus concepciones teóricas.", group: "Intercambio de experiencias" },
            { code: "4.2.2.8", text: "De manera colectiva y a partir de su práctica cotidiana, las concepciones teóricas revisadas y experiencias exitosas, se construyen las estrategias de mejora.", group: "Construcción colectiva de estrategias de mejora" },
            { code: "4.2.2.9", text: "Trabajo en equipo: construcción de estrategias; luego cada equipo presenta en plenaria la respuesta a la pregunta \"¿de qué manera se puede mejorar?\" (estrategia). De manera colectiva, consensúan estrategias para replicarlas con sus estudiantes.", group: "Construcción colectiva de estrategias de mejora" },
            { code: "4.2.2.10", text: "Tratan de que los compromisos y acuerdos no sean demasiados.", group: "Acuerdos y compromisos" },
            { code: "4.2.2.11", text: "Se promueve que los docentes redacten los acuerdos, que se registren en algún documento por el redactor a medida que avance la implementación de las reuniones de trabajo colaborativo.", group: "Acuerdos y compromisos" },
          ],
        },
        {
          code: "4.2.3",
          name: "Después",
          description: "acciones de nivel de ejecución, calidad de la reunión y registro de resultados.",
          items: [
            { code: "4.2.3.1", text: "Nivel de ejecución: el nivel de ejecución es parte del seguimiento que se hace sobre el cumplimiento de la reunión, teniendo en cuenta el producto logrado y la asistencia y participación de los docentes." },
            { code: "4.2.3.2", text: "Verificación de la calidad: analizar las evidencias de la jornada; llenar la ficha de verificación de la calidad en cada reunión." },
            { code: "4.2.3.3", text: "Registro de resultados: es necesario hacer un registro de lo trabajado en cada uno de los aspectos (actores/roles, tema de reunión, objetivo, actividades, acuerdos y compromisos)." },
          ],
        },
      ],
    },
  ],
};
