#!/usr/bin/env node
// The voice corpus through an NLU simulator: every phrasing of src/test/resources/alexa/corpus.json is uttered to
// virtual-alexa (npm, pinned in .ci/run, installed into target/nlu-tools) built from the published en-US interaction
// model; the intent and slot value ids of the request it would send the skill are compared with the corpus.
// virtual-alexa matches sample utterances literally and slot values only by value or synonym (real Alexa
// generalises), so this is a floor for what real people's words reach.
//
//   node .ci/nlu-check.mjs [--model infra/alexa/interactionModels/custom/en-US.json]
//       [--corpus src/test/resources/alexa/corpus.json] [--min 90] [--verbose] [--skill-url URL]
//
// Prints each miss and the resolution rate; exits 1 below --min percent. With --skill-url (a running service whose
// request verification is off, e.g. dev mode: http://localhost:8080/v1/alexa) every request is also sent to the
// skill, each utterance in a fresh session, and every one must be answered with speech.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const modelFile = path.resolve(root, opt("--model", "infra/alexa/interactionModels/custom/en-US.json"));
const corpusFile = path.resolve(root, opt("--corpus", "src/test/resources/alexa/corpus.json"));
const min = Number(opt("--min", "90"));
const verbose = args.includes("--verbose");
const tools = process.env.NLU_TOOLS || path.join(root, "target/nlu-tools");

const require = createRequire(path.join(tools, "package.json"));
const va = require("virtual-alexa");

const model = JSON.parse(readFileSync(modelFile, "utf8"));
const corpus = JSON.parse(readFileSync(corpusFile, "utf8"));

// The skill under test is a handler that keeps the request virtual-alexa built: the intent and the slots as Alexa
// would send them, entity resolution included.
let lastRequest;
const skillUrl = opt("--skill-url", undefined);
const builder = va.VirtualAlexa.Builder().interactionModel(model).locale(corpus.locale || "en-US");
if (skillUrl) {
  builder.skillURL(skillUrl);
} else {
  builder.handler((event, context, callback) => {
    const body = { version: "1.0", response: { shouldEndSession: false } };
    if (typeof callback === "function") callback(null, body);
    else if (context && typeof context.succeed === "function") context.succeed(body);
    return Promise.resolve(body);
  });
}
const alexa = builder.create();
alexa.filter((request) => {
  if (request?.request?.type !== "SessionEndedRequest") lastRequest = request;
});
const unanswered = [];

/** A slot's value id (custom types: entity resolution) or its words (built-in types), lower case. */
function slotValue(slot) {
  const authorities = slot?.resolutions?.resolutionsPerAuthority || [];
  for (const a of authorities) {
    if (a.status?.code === "ER_SUCCESS_MATCH" && a.values?.length) return a.values[0].value.id;
  }
  return slot?.value === undefined || slot?.value === null ? undefined : String(slot.value).toLowerCase();
}

let resolved = 0;
const misses = [];
const lines = [];
for (const entry of corpus.utterances) {
  lastRequest = undefined;
  let intent = "(no match)";
  let slots = {};
  try {
    let reply;
    try {
      reply = await alexa.utter(entry.say);
    } catch (e) {
      if (!lastRequest || !skillUrl) throw e;
      reply = undefined;
    }
    if (skillUrl && lastRequest && !(reply?.response?.outputSpeech?.ssml || reply?.response?.outputSpeech?.text)) {
      unanswered.push(entry.say);
    }
    const req = lastRequest?.request;
    intent = req?.intent?.name ?? req?.type ?? "(no request)";
    for (const [name, slot] of Object.entries(req?.intent?.slots || {})) {
      const v = slotValue(slot);
      if (v !== undefined && v !== "") slots[name] = v;
    }
  } catch (e) {
    intent = "(no match)";
  }
  // the session ends only if the handler says so; start each utterance afresh
  try { await alexa.endSession(); } catch (e) { /* no session */ }
  const expected = entry.slots || {};
  const sameSlots = Object.keys(expected).length === Object.keys(slots).length
    && Object.entries(expected).every(([k, v]) => slots[k] === String(v).toLowerCase());
  const ok = intent === entry.intent && sameSlots;
  if (ok) resolved++;
  else misses.push({ say: entry.say, expected: { intent: entry.intent, slots: expected }, got: { intent, slots } });
  lines.push(`${ok ? "ok  " : "MISS"} ${entry.say} -> ${intent} ${JSON.stringify(slots)}`);
}

const total = corpus.utterances.length;
const rate = (100 * resolved) / total;
for (const m of misses) {
  console.log(`MISS "${m.say}": expected ${m.expected.intent} ${JSON.stringify(m.expected.slots)}, got ${m.got.intent} ${JSON.stringify(m.got.slots)}`);
}
if (verbose) lines.forEach((l) => console.log(l));
const summary = `voice corpus: ${resolved}/${total} resolved to the expected intent and slots (${rate.toFixed(1)} %), model ${path.relative(root, modelFile)}`;
console.log(summary);
mkdirSync(path.join(root, "target"), { recursive: true });
writeFileSync(path.join(root, "target/nlu-check.txt"), lines.join("\n") + "\n" + summary + "\n");
if (skillUrl) {
  unanswered.forEach((say) => console.log(`NO SPEECH from ${skillUrl} for "${say}"`));
  console.log(`skill at ${skillUrl}: ${total - unanswered.length}/${total} phrasings answered with speech`);
}
if (rate < min || unanswered.length > 0) {
  console.error(rate < min ? `below ${min} %` : "the skill left phrasings unanswered");
  process.exit(1);
}
