import { mkdir, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';

const PIPELINE_YAML = (name: string) => `# reckon pipeline: one dataset's configuration. Paths are relative to this folder.
# Validate it with \`reckon run pipelines/${name} --dry-run\`.

# The dataset's name: lower-case letters, digits and hyphens. Published under datasets/${name}/.
name: ${name}
title: A title researchers will cite
description: >-
  What the dataset covers: which enforcement actions, where, from which kinds of sources.
license: CC-BY-4.0          # SPDX id of the dataset licence
keywords: [enforcement]
contributors:
  - title: Your name or team
    role: author

# Used only where a text names no country or agency.
defaults:
  jurisdiction: KZ          # ISO 3166-1 alpha-2
  authority: AFM            # short id of the agency (see the codebook)
  kind: media               # official | media | aggregator | translation

sources: "sources/**/*.md"  # glob of source files

# Ordered: the first rule that tells disagreeing claims apart decides.
policy: [source_kind, corroboration, specificity, recency]

# A new enforcement domain or country is configuration: add metrics, trigger words, places or agencies here.
# codebook:
#   metrics:
#     - id: licences_revoked
#       unit_kind: count
#       description: licences revoked by the regulator
#       triggers: [revok, withdr, cancel]
#       counts: [licence]
#   counted_things:
#     licence: [licence, license, permit]
#   jurisdictions:            # a known code gains names; a new one needs the country's name first
#     - code: KZ
#       names: [Zhezkazgan, Ekibastuz]
#     - code: TV
#       names: [Tuvalu, Funafuti]
#       currency: AUD
#       fiscal_year_start: 7     # the first month of its fiscal year
#       fiscal_year_named_by: end  # "fiscal 2025" ends in 2025 (Japan's starts in the year that names it: start)
#   authorities:              # the id is published as the claim's authority
#     - id: Almaty Police
#       jurisdiction: KZ
#       names: [Almaty Police Department, Almaty city police]
#       part_of: MIA          # "police" (the MIA's generic name) in a text that names this department means it

# Optional quality gate for \`reckon check\`: a gold coding of some sources and the F1 floor.
# quality:
#   gold: gold.jsonl
#   floor: 0.9

limits:
  max_source_bytes: 10485760  # larger source files are rejected with their size named
`;

const EXAMPLE_SOURCE = `---
title: Agency closes illegal crypto exchanges
publisher: Example Outlet
url: https://example.org/article
published: 2025-01-15
language: en
kind: media
---
In 2024, the agency shut down 12 illegal crypto exchanges and seized about $3.5 million in cryptocurrency.
`;

export const init: Implementation = async ([name], values, out) => {
  if (!name || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(name)) {
    throw new CommandError(`a pipeline name is lower-case letters, digits and hyphens, got "${name ?? ''}"`, EXIT.usage, { hint: 'reckon init my-dataset' });
  }
  const dir = join(String(values.dir ?? 'pipelines'), name);
  if (await access(dir).then(() => true, () => false)) throw new CommandError('already exists; nothing written', EXIT.usage, { file: dir });
  await mkdir(join(dir, 'sources'), { recursive: true });
  await writeFile(join(dir, 'pipeline.yaml'), PIPELINE_YAML(name));
  await writeFile(join(dir, 'decisions.yaml'), '# Human adjudications of disputed facts (see `reckon explain <fact_id>`).\ndecisions: []\n');
  await writeFile(join(dir, 'sources', 'example.md'), EXAMPLE_SOURCE);
  out.log(`created ${dir}: pipeline.yaml, decisions.yaml, sources/example.md`);
  out.log(`next: edit pipeline.yaml, add sources, then \`reckon run ${dir}\``);
  return EXIT.ok;
};
