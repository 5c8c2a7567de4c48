// End-to-end check of the web page in Debian's headless Chromium.
//   node check.mjs BASE_URL ARTICLE_ID SCRIPT_ARTICLE_ID SCREENSHOT.png
// Exits non-zero with a message on the first failed check.
import { chromium } from "playwright-core";

const [base, articleId, scriptId, shot] = process.argv.slice(2);
const fail = (msg) => { console.error("browser check failed: " + msg); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  timeout: 60000,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const external = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // 1. the reference article: every quotation highlighted with its speaker
  const record = await (await fetch(`${base}/v1/articles/${articleId}`)).json();
  await page.goto(`${base}/#/article/${articleId}`);
  await page.waitForSelector(`body[data-ready="#/article/${articleId}"]`, { timeout: 30000 });
  const quotes = record.record.quotes;
  if (!quotes.length) fail("the reference article has no quotation");
  let checked = 0;
  for (const [i, q] of quotes.entries()) {
    const spans = page.locator(`#article-text .q[data-quote~="${i}"]`);
    const n = await spans.count();
    if (!n) fail(`quotation ${i} (${q.text.slice(0, 40)}) is not highlighted`);
    const text = (await spans.allTextContents()).join("");
    if (!q.text.startsWith(text.slice(0, 20)) && !text.includes(q.text.slice(0, 20))) fail(`quotation ${i}: highlighted ${JSON.stringify(text.slice(0, 60))}`);
    if (q.speaker) {
      const who = await spans.first().getAttribute("data-speaker");
      if (who !== q.speaker.name) fail(`quotation ${i}: speaker ${who} instead of ${q.speaker.name}`);
      // the speaker mention is highlighted too
      if (q.speaker.end > q.speaker.start && !(await page.locator("#article-text .spk").count())) fail("no speaker highlighted");
    }
    checked++;
  }
  // hover shows the resolved values
  const hover = async (selector, needle) => {
    const target = page.locator(selector).first();
    if (!(await target.count())) fail(`nothing matches ${selector}`);
    await target.hover();
    const tip = page.locator("#tip");
    await tip.waitFor({ state: "visible", timeout: 5000 });
    const t = await tip.textContent();
    if (!t.includes(needle)) fail(`hover on ${selector}: ${JSON.stringify(t)} lacks ${JSON.stringify(needle)}`);
    return t;
  };
  const q0 = quotes.find((q) => q.speaker);
  if (q0) await hover(`#article-text .q[data-quote~="${quotes.indexOf(q0)}"]`, q0.speaker.name);
  const place = record.record.places[0];
  if (place) await hover("#article-text .pl", place.country);
  const time = record.record.times.find((t) => /^\d{4}/.test(t.value));
  if (time) await hover("#article-text .tm", "");
  // every event's trigger is highlighted and listed with its actors
  const events = record.record.events || [];
  if (!events.length) fail("the reference article has no event");
  for (const [i, e] of events.entries()) {
    if (!(await page.locator(`#article-text .ev[data-event~="${i}"]`).count())) fail(`event ${i} (${e.text}) is not highlighted`);
  }
  const listed = await page.locator("#article-events li").count();
  if (listed !== events.length) fail(`${listed} events listed for ${events.length}`);
  await hover(`#article-text .ev[data-event~="0"]`, "CAMEO " + events[0].code);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: shot, fullPage: false });

  // 2. markup inside an article is shown as text and never runs
  await page.goto(`${base}/#/article/${scriptId}`);
  await page.waitForSelector(`body[data-ready="#/article/${scriptId}"]`, { timeout: 30000 });
  const title = await page.locator("#article-title").textContent();
  if (!title.includes("<script>")) fail(`script article title shown as ${JSON.stringify(title)}`);
  if (await page.evaluate(() => window.__xss !== undefined)) fail("script in an article ran");
  if (await page.locator("#view script, #view img").count()) fail("article markup became elements");
  if (dialogs.length) fail("a dialog opened: " + dialogs.join(", "));

  // 3. search, quote explorer and entity page
  await page.goto(`${base}/#/search?q=senat`);
  await page.waitForSelector('body[data-ready="#/search?q=senat"]');
  if (!(await page.locator(".hit h3 a").count())) fail("search for 'senat' found nothing");
  await page.goto(`${base}/#/quotes?speaker=dupont`);
  await page.waitForSelector('body[data-ready="#/quotes?speaker=dupont"]');
  const rows = await page.locator("#quote-rows tr").count();
  if (rows < 1) fail("quote explorer shows no quotation for speaker=dupont");
  await page.locator("#quote-rows a").first().click();
  await page.waitForSelector("#entity-name", { timeout: 10000 });
  if (!(await page.locator(".timeline rect").count())) fail("entity page has no timeline bars");
  if (!(await page.locator("#entity-variants .variant").count())) fail("entity page lists no name variant of its identity");

  // event explorer and the events of an actor on its entity page
  await page.goto(`${base}/#/events?code=04`);
  await page.waitForSelector('body[data-ready="#/events?code=04"]');
  if (!(await page.locator("#event-rows tr td a").count())) fail("event explorer shows no event for code=04");
  await page.locator("#event-rows td a[href^='#/entity/']").first().click();
  await page.waitForSelector("#entity-events", { timeout: 10000 });
  if (!(await page.locator("#entity-events tbody tr").count())) fail("entity page lists no event of its actor");

  // parity page: women's share per month and per source, counts on hover
  await page.goto(`${base}/#/parity`);
  await page.waitForSelector('body[data-ready="#/parity"]', { timeout: 30000 });
  const bars = page.locator("#parity-source rect.bar-f");
  if (!(await bars.count())) fail("parity page has no bar per source");
  const tip = await page.locator("#parity-source rect.bar-f title").first().textContent();
  if (!/citations de femmes/.test(tip || "")) fail("parity bar has no counts on hover: " + tip);

  if (external.length) fail("requests left the server: " + external.join(", "));
  if (errors.length) fail("page errors: " + errors.join("; "));
  console.log(`browser check ok: ${checked} quotations highlighted with their speakers; hover, events, escaping, search, explorers, entity page with its name variants, parity`);
} finally {
  await browser.close();
}
