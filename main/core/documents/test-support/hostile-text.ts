import { samplePlanContent } from '../../data-dir/new-plan-content.js';

const ALL_CONTROLS = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('') + '\u007F\u0085\u009F';

/** Text a plan may hold after careless pasting: every control character, emoji, right-to-left, a lone surrogate. */
export const hostileTexts = {
  controls: `Controle${ALL_CONTROLS}einde`,
  emoji: 'Crisis 🚨🔥 team 👩🏽‍🚒 klaar ✅',
  rightToLeft: 'مركز الأزمات بلدية שלום עולם',
  loneSurrogate: 'half \uD83D paar \uDE00 kapot',
  noncharacters: 'niet \uFFFE en \uFFFF',
  markup: '<script>alert(1)</script> & "quotes" \'x\' ]]> </style> # * | _',
  longWord: 'Brandweer'.repeat(240),
} as const;

/** The sample plan with hostile text in names, descriptions, steps and the classification. */
export function hostilePlanContent(): unknown {
  const content = samplePlanContent() as {
    meta: Record<string, unknown>;
    people: Record<string, unknown>[];
    processes: Record<string, unknown>[];
    scenarios: { name: string; description?: string; steps: { text: string }[] }[];
    organisations: Record<string, unknown>[];
  };
  const all = Object.values(hostileTexts).join(' ');
  content.meta['classification'] = `Vertrouwelijk ${hostileTexts.controls} ${hostileTexts.markup}`.slice(0, 200);
  content.meta['purpose'] = all;
  content.meta['alertMessage'] = all;
  content.meta['callingRules'] = [hostileTexts.longWord.slice(0, 1_000), hostileTexts.rightToLeft];
  const [first, second] = content.people;
  if (first !== undefined) first['name'] = `${hostileTexts.emoji} ${hostileTexts.rightToLeft}`;
  if (second !== undefined) second['jobTitle'] = hostileTexts.longWord.slice(0, 300);
  for (const process of content.processes.slice(0, 3)) process['workaround'] = all;
  for (const scenario of content.scenarios.slice(0, 2)) {
    scenario.description = all;
    scenario.name = `${hostileTexts.markup} ${hostileTexts.noncharacters}`.slice(0, 300).trim();
    const step = scenario.steps[0];
    if (step !== undefined) step.text = all.slice(0, 2_000);
  }
  const organisation = content.organisations[0];
  if (organisation !== undefined) organisation['service'] = all;
  return content;
}
