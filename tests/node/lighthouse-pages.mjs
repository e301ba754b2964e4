// Lighthouse reports for several pages with one Chromium, as a JSON list on stdout.
//   CHROME_PATH=/usr/bin/chromium CHROME_FLAGS='["--headless"]' node lighthouse-pages.mjs accessibility,seo URL...
// (tests/test_audits.py and tests/bench_pages.py call it; starting Chromium once saves seconds per page.)
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [categories, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: JSON.parse(process.env.CHROME_FLAGS || "[]"),
});
const reports = [];
try {
  for (const url of urls) {
    const result = await lighthouse(url, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories.split(","),
      disableFullPageScreenshot: true,  // the reports are read, never shown
    });
    reports.push(result.lhr);
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(reports));
