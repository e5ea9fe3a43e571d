import type { RequestGroup } from '@/storage/relationships';
import type { Language } from '@/storage/settings';

type Suggestions = Record<RequestGroup, readonly string[]>;

/**
 * Strengths to pick from, by who is asked: what that person saw of the user's work and can speak
 * to with some authority. A starting point only: the user's own words are better, and they can
 * type them instead.
 */
export const SUGGESTED_STRENGTHS: Suggestions = {
  manager: ['ownership', 'reliability under deadlines', 'sound judgement', 'growing into a bigger role', 'clear status updates', 'initiative'],
  senior: ['picking things up quickly', 'asking good questions', 'thoroughness', 'taking feedback well', 'ownership', 'calm under pressure'],
  peer: ['collaboration', 'clear communication', 'problem solving', 'helpful code or design reviews', 'sharing knowledge', 'reliability'],
  report: ['clear direction', 'useful feedback', 'mentoring', 'protecting the team’s focus', 'trust and autonomy', 'fair decisions'],
  mentor: ['curiosity', 'acting on feedback', 'learning fast', 'setting clear goals', 'persistence', 'honest self-assessment'],
  client: ['understanding our needs', 'delivering on time', 'clear communication', 'quality of the work', 'flexibility', 'honest advice'],
  classmate: ['teamwork on group projects', 'research', 'presenting', 'dedication', 'helping classmates', 'clear writing'],
};

// The other languages' suggestions are bare nouns, as the templates put them after "wie", "comme",
// "como" or a colon: "Punkte wie Eigeninitiative und Verlässlichkeit".
const LOCALISED: Record<Exclude<Language, 'en'>, Suggestions> = {
  de: {
    manager: ['Eigenverantwortung', 'Verlässlichkeit unter Termindruck', 'gutes Urteilsvermögen', 'Wachstum in eine größere Rolle', 'klare Statusberichte', 'Eigeninitiative'],
    senior: ['schnelle Auffassungsgabe', 'gute Fragen', 'Gründlichkeit', 'Offenheit für Feedback', 'Eigenverantwortung', 'Ruhe unter Druck'],
    peer: ['Zusammenarbeit', 'klare Kommunikation', 'Problemlösung', 'hilfreiche Code- oder Design-Reviews', 'Wissensaustausch', 'Verlässlichkeit'],
    report: ['klare Orientierung', 'hilfreiches Feedback', 'Mentoring', 'Rückendeckung für das Team', 'Vertrauen und Freiraum', 'faire Entscheidungen'],
    mentor: ['Neugier', 'Umsetzung von Feedback', 'schnelles Lernen', 'klare Ziele', 'Ausdauer', 'ehrliche Selbsteinschätzung'],
    client: ['Verständnis für unsere Anforderungen', 'Termintreue', 'klare Kommunikation', 'Qualität der Arbeit', 'Flexibilität', 'ehrliche Beratung'],
    classmate: ['Teamarbeit in Gruppenprojekten', 'Recherche', 'Präsentieren', 'Engagement', 'Hilfsbereitschaft', 'klares Schreiben'],
  },
  fr: {
    manager: ['sens des responsabilités', 'fiabilité dans les délais', 'bon jugement', 'montée en responsabilités', 'points d’avancement clairs', 'esprit d’initiative'],
    senior: ['rapidité d’apprentissage', 'questions pertinentes', 'rigueur', 'écoute des retours', 'sens des responsabilités', 'calme sous pression'],
    peer: ['esprit d’équipe', 'communication claire', 'résolution de problèmes', 'relectures de code ou de design utiles', 'partage des connaissances', 'fiabilité'],
    report: ['cap clair', 'retours utiles', 'accompagnement', 'protection de la concentration de l’équipe', 'confiance et autonomie', 'décisions justes'],
    mentor: ['curiosité', 'mise en pratique des retours', 'apprentissage rapide', 'objectifs clairs', 'persévérance', 'regard honnête sur soi'],
    client: ['compréhension de nos besoins', 'respect des délais', 'communication claire', 'qualité du travail', 'souplesse', 'conseils honnêtes'],
    classmate: ['travail en groupe', 'recherche documentaire', 'prise de parole', 'investissement', 'entraide', 'écriture claire'],
  },
  es: {
    manager: ['responsabilidad', 'fiabilidad con plazos ajustados', 'buen criterio', 'crecimiento hacia un rol mayor', 'informes de estado claros', 'iniciativa'],
    senior: ['rapidez para aprender', 'buenas preguntas', 'minuciosidad', 'apertura al feedback', 'responsabilidad', 'calma bajo presión'],
    peer: ['colaboración', 'comunicación clara', 'resolución de problemas', 'revisiones de código o diseño útiles', 'compartir conocimiento', 'fiabilidad'],
    report: ['dirección clara', 'feedback útil', 'mentoría', 'proteger el foco del equipo', 'confianza y autonomía', 'decisiones justas'],
    mentor: ['curiosidad', 'aplicar el feedback', 'aprendizaje rápido', 'objetivos claros', 'constancia', 'autoevaluación honesta'],
    client: ['comprensión de nuestras necesidades', 'entregas a tiempo', 'comunicación clara', 'calidad del trabajo', 'flexibilidad', 'consejos honestos'],
    classmate: ['trabajo en equipo', 'investigación', 'presentaciones', 'dedicación', 'ayuda a los compañeros', 'escritura clara'],
  },
  pt_BR: {
    manager: ['senso de dono', 'confiabilidade com prazos apertados', 'bom julgamento', 'crescimento para um papel maior', 'atualizações de status claras', 'iniciativa'],
    senior: ['aprender rápido', 'boas perguntas', 'atenção aos detalhes', 'abertura a feedback', 'senso de dono', 'calma sob pressão'],
    peer: ['colaboração', 'comunicação clara', 'resolução de problemas', 'revisões de código ou design úteis', 'compartilhar conhecimento', 'confiabilidade'],
    report: ['direção clara', 'feedback útil', 'mentoria', 'proteger o foco do time', 'confiança e autonomia', 'decisões justas'],
    mentor: ['curiosidade', 'colocar o feedback em prática', 'aprendizado rápido', 'metas claras', 'persistência', 'autoavaliação honesta'],
    client: ['entendimento das nossas necessidades', 'entregas no prazo', 'comunicação clara', 'qualidade do trabalho', 'flexibilidade', 'conselhos honestos'],
    classmate: ['trabalho em equipe', 'pesquisa', 'apresentações', 'dedicação', 'ajuda aos colegas', 'escrita clara'],
  },
};

/** The suggestions in `lang` for one kind of person. */
export function suggestedStrengths(group: RequestGroup, lang: Language = 'en'): readonly string[] {
  return (lang === 'en' ? SUGGESTED_STRENGTHS : LOCALISED[lang])[group];
}

/** The suggestions still worth offering: not already chosen (in any letter case). */
export function strengthChoices(group: RequestGroup, chosen: readonly string[], lang: Language = 'en'): string[] {
  const taken = new Set(chosen.map((s) => s.trim().toLowerCase()));
  return suggestedStrengths(group, lang).filter((s) => !taken.has(s.toLowerCase()));
}
