// Generated news articles for the in-page benchmark: a seeded mix of layoff, earnings and user
// figures with named sources ("cut 12% of staff", "$1.2 billion", "according to Acme News") and
// plain sentences, in a page that declares itself an article (og:type) with the usual site
// furniture around it. Every company, person and outlet here is invented.
import { pick, random } from './common';

const COMPANIES = [
  'Acme Robotics',
  'Globex Systems',
  'Initrode Logistics',
  'Vandelay Imports',
  'Hooper Analytics',
  'Stackwell Software',
  'Northwind Freight',
  'Bluefin Payments',
  'Corvid Health',
  'Larkspur Media',
];
const SOURCES = [
  'Acme News',
  'the Harbor Business Journal',
  'Coastline Tech Daily',
  'Reuters',
  'Bloomberg',
  'CNBC',
  'the Ledger Gazette',
];
const PEOPLE = ['Dana Whitfield', 'Marco Okafor', 'Priya Raman', 'Helen Strand', 'Tomás Ibarra'];
const CITIES = ['Denver', 'Rotterdam', 'Austin', 'Leeds', 'Toronto', 'Lyon'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Next = () => number;
const percent = (next: Next): string => String(2 + Math.floor(next() * 28));
const count = (next: Next): string => (50 + Math.floor(next() * 4_950)).toLocaleString('en');
const dollars = (next: Next): string =>
  next() < 0.5
    ? `$${(1 + next() * 9).toFixed(1)} billion`
    : `$${(10 + Math.floor(next() * 890)).toLocaleString('en')} million`;

const FIGURES: ((next: Next, company: string) => string)[] = [
  (n, c) => `${c} will cut ${percent(n)}% of staff, according to ${pick(n, SOURCES)}.`,
  (n, c) => `${c} said it would eliminate about ${count(n)} jobs by the end of the year.`,
  (n) =>
    `The company reported quarterly revenue of ${dollars(n)}, up ${percent(n)}% from a year earlier.`,
  (n) => `Analysts had expected operating profit of ${dollars(n)}, ${pick(n, SOURCES)} reported.`,
  (n) =>
    `The cuts affect nearly ${count(n)} employees in ${pick(n, CITIES)}, the company said in a filing.`,
  (n) => `Shares fell ${percent(n)}% in early trading on ${pick(n, DAYS)}.`,
  (n, c) =>
    `${c} now has more than ${count(n)},000 monthly users, according to figures seen by ${pick(n, SOURCES)}.`,
  (n) =>
    `The restructuring will cost roughly ${dollars(n)}, chief financial officer ${pick(n, PEOPLE)} told investors.`,
];
const PLAIN: ((next: Next, company: string) => string)[] = [
  (_, c) =>
    `Executives at ${c} have said the changes will let the firm focus on its core products.`,
  () => 'Union representatives said they were reviewing the plan and would respond next week.',
  (n) =>
    `"We are making hard choices to protect the business," chief executive ${pick(n, PEOPLE)} wrote in a memo to staff.`,
  () => 'The company did not respond to a request for further comment.',
  (n) =>
    `Rivals in ${pick(n, CITIES)} have announced similar measures as demand for their services slowed.`,
  () => 'Several managers were told on a video call that their teams would be merged.',
  () => 'Investors have pressed the board for a clearer plan to return to growth.',
];

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** An article page of at least `words` words of body text (paragraphs of 3 to 6 sentences). */
export function articlePage(words: number, seed = words): { html: string; words: number } {
  const next = random(seed);
  const company = pick(next, COMPANIES);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const sentences: string[] = [];
    const length = 3 + Math.floor(next() * 4);
    for (let i = 0; i < length; i++) {
      const subject = next() < 0.7 ? company : pick(next, COMPANIES);
      sentences.push(pick(next, next() < 0.55 ? FIGURES : PLAIN)(next, subject));
    }
    const text = sentences.join(' ');
    total += countWords(text);
    paragraphs.push(`      <p>${escape(text)}</p>`);
  }
  const title = `${company} to cut ${percent(next)}% of staff as growth slows`;
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escape(title)} | Bench Daily</title>
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="Bench Daily" />
    <meta property="og:title" content="${escape(title)}" />
    <style>body { font: 18px/1.5 Georgia, serif; max-width: 42rem; margin: 0 auto; padding: 1rem; }</style>
  </head>
  <body>
    <header><nav><a href="/">Bench Daily</a> · <a href="/business">Business</a> · <a href="/tech">Tech</a></nav></header>
    <main>
      <article>
      <h1>${escape(title)}</h1>
      <p class="byline">By Staff Reporter · ${words.toLocaleString('en')}-word benchmark article</p>
${paragraphs.join('\n')}
      </article>
    </main>
    <aside><h2>Most read</h2><p>Markets rally as 3 in 4 traders expect a rate cut, says Acme News.</p></aside>
    <footer><p>© Bench Daily. 120 Example Street.</p></footer>
  </body>
</html>
`;
  return { html, words: total };
}

/**
 * A page of about `nodes` DOM nodes: a short article whose body also holds a long run of small
 * inline elements (a comment-free "data dump" as some pages carry), few of them figures.
 */
export function nodesPage(nodes: number, seed = 7): string {
  const next = random(seed);
  const base = articlePage(300, seed).html;
  // Each paragraph: 24 spans of one word (span + text = 2 nodes) plus separators.
  const perParagraph = 24;
  const paragraphs: string[] = [];
  for (let n = 0; n < nodes; n += perParagraph * 3 + 2) {
    const words: string[] = [];
    for (let i = 0; i < perParagraph; i++) words.push(`<span>${pick(next, PLAIN_WORDS)}</span>`);
    paragraphs.push(`<p>${words.join(' ')}</p>`);
  }
  return base.replace('</article>', `${paragraphs.join('\n')}\n      </article>`);
}

const PLAIN_WORDS = ['market', 'staff', 'plant', 'review', 'shares', 'plan', 'board', 'memo'];

/** An article of `figures` figure sentences (a statistics dump: one claim every few words). */
export function figuresPage(figures: number, seed = 11): string {
  const next = random(seed);
  const company = pick(next, COMPANIES);
  const paragraphs: string[] = [];
  for (let n = 0; n < figures; n += 10) {
    const sentences: string[] = [];
    for (let i = 0; i < 10; i++) sentences.push(`Unit ${i + 1} cut ${count(next)} jobs.`);
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return articlePage(50, seed).html.replace(
    '</article>',
    `<p>${escape(company)} figures by unit:</p>\n${paragraphs.join('\n')}\n      </article>`,
  );
}
