// Sites annotated automatically out of the box, even when a page does not declare itself an
// article. Major technology and business news; the user edits the list in the options page.
// A host matches a site when it equals it or is a subdomain of it (www.cnbc.com → cnbc.com).
export const DEFAULT_AUTO_SITES: readonly string[] = (
  'apnews.com arstechnica.com axios.com barrons.com bbc.co.uk bbc.com bloomberg.com ' +
  'businessinsider.com cnbc.com cnet.com economist.com engadget.com fastcompany.com ' +
  'finance.yahoo.com forbes.com fortune.com ft.com geekwire.com marketwatch.com ' +
  'nytimes.com qz.com reuters.com semafor.com techcrunch.com theguardian.com ' +
  'theinformation.com theregister.com theverge.com venturebeat.com washingtonpost.com ' +
  'wired.com wsj.com zdnet.com'
).split(' ');
