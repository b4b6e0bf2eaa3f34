#!/usr/bin/env node
/**
 * Used by scripts/bench.ts: runs Lighthouse on one URL RUNS times and prints
 * the median figures as JSON. Plain Node on purpose: Lighthouse sends some of
 * its functions into the page as source text, and a TypeScript runner's
 * rewrites (tsx adds __name helpers) break them there.
 *
 *   node scripts/lib/lighthouse-median.mjs <url> <mobile|desktop> <chrome port> <runs>
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [url, formFactor, port, runs] = process.argv.slice(2);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = [];
for (let run = 0; run < Number(runs); run += 1) {
  const result = await lighthouse(
    url,
    {
      port: Number(port),
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      // The full-page screenshot (a picture for Lighthouse's report) stretches the
      // viewport over the whole page: every link is then "in view", and
      // Docusaurus prefetches the scripts of all of them, which no visitor does.
      disableFullPageScreenshot: true,
    },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  const { lhr } = result;
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id) => lhr.audits[id]?.numericValue ?? 0;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const kib = (type) =>
    requests
      .filter((request) => request.resourceType === type)
      .reduce((sum, request) => sum + Number(request.transferSize ?? 0), 0) / 1024;
  results.push({
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    totalKiB: numeric('total-byte-weight') / 1024,
    jsGzipKiB: kib('Script'),
    cssGzipKiB: kib('Stylesheet'),
    failedAudits: Object.values(lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id),
  });
}
const figures = Object.fromEntries(
  Object.keys(results[0])
    .filter((key) => key !== 'failedAudits')
    .map((key) => [key, Math.round(median(results.map((r) => r[key])) * 10) / 10]),
);
figures.failedAudits = [...new Set(results.flatMap((r) => r.failedAudits))];
process.stdout.write(JSON.stringify(figures));
