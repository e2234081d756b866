import type { Pipeline } from '@reckon/schema';

/** The authors to credit: the pipeline's contributors, else the pipeline itself. */
function authorsOf(pipeline: Pipeline): string[] {
  const authors = pipeline.contributors.filter((c) => c.role === 'author' || c.role === 'maintainer').map((c) => c.title);
  return authors.length ? authors : pipeline.contributors.length ? pipeline.contributors.map((c) => c.title) : [`${pipeline.name} contributors`];
}

/** A plain-text citation of a version; no year, because nothing in a version may depend on the clock. */
export function citationText(pipeline: Pipeline, version: string): string {
  const where = pipeline.homepage ? ` ${pipeline.homepage}` : '';
  return `${authorsOf(pipeline).join('; ')}. *${pipeline.title}* (version ${version}) [Data set]. Licence ${pipeline.license}.${where}`;
}

/** CITATION.cff (Citation File Format 1.2.0) for a version. */
export function citationCff(pipeline: Pipeline, version: string): string {
  // JSON strings are valid YAML double-quoted scalars, so any title or name is quoted safely.
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite this version of it as below."',
    'type: dataset',
    `title: ${q(pipeline.title)}`,
    `version: ${q(version)}`,
    `abstract: ${q(pipeline.description.trim())}`,
    `license: ${q(pipeline.license)}`,
    ...(pipeline.homepage ? [`url: ${q(pipeline.homepage)}`] : []),
    'authors:',
    ...authorsOf(pipeline).map((name) => `  - name: ${q(name)}`),
    ...(pipeline.keywords.length ? ['keywords:', ...pipeline.keywords.map((k) => `  - ${q(k)}`)] : []),
  ];
  return `${lines.join('\n')}\n`;
}
