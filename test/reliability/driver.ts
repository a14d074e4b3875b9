// A small program that drives the real store code (openDatabase + Store), bundled by support.ts and
// run as separate processes: for writers racing each other and for crashes in mid-transaction.
//
//   driver open <db> <startAt>                       open (create and migrate) at the given instant
//   driver log <db> <count> <personId> <tag> <startAt>   log <count> interactions, one transaction each
//   driver people <db> <count>                       add <count> people in one transaction, print their ids
//   driver big <db> <people> <interactions>          one huge transaction, killed from outside midway
//   driver commit-then-hang <db>                     commits a multi-person interaction, then waits to be killed
import { newContact } from "../../src/domain/contacts.js";
import { openDatabase } from "../../src/store/database.js";
import { newId, Store } from "../../src/store/store.js";

const [mode, db, ...rest] = process.argv.slice(2);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);
const say = (text: string) => process.stdout.write(`${text}\n`);

function waitUntil(at: number): void {
  while (Date.now() < at) sleep(Math.min(5, at - Date.now()));
}

function people(store: Store): string[] {
  return store.namedContacts().map((p) => p.id);
}

function person(store: Store, n: number, today: string) {
  const id = newId();
  store.insertContact(
    newContact({ name: `Person ${n}`, metOn: today }, { id, slug: `person-${n}-${id.slice(0, 8)}`, now: new Date().toISOString() }),
  );
  return id;
}

const TODAY = "2026-11-26";

if (!db) throw new Error("usage: driver <mode> <db> …");
switch (mode) {
  case "open": {
    waitUntil(Number(rest[0]));
    openDatabase(db).close();
    say("opened");
    break;
  }
  case "log": {
    const [count, personId, tag, startAt] = rest as [string, string, string, string];
    const store = new Store(openDatabase(db), () => new Date().toISOString());
    waitUntil(Number(startAt));
    for (let i = 0; i < Number(count); i++) {
      store.transaction(() =>
        store.insertInteraction({
          date: TODAY,
          kind: "share",
          direction: "gave",
          note: `${tag}-${i}`,
          followUpOn: null,
          eventName: null,
          people: [personId],
        }),
      );
    }
    say("done");
    break;
  }
  case "people": {
    const store = new Store(openDatabase(db), () => new Date().toISOString());
    const ids = store.transaction(() => Array.from({ length: Number(rest[0]) }, (_, n) => person(store, n, "2026-01-01")));
    say(ids.join("\n"));
    break;
  }
  case "big": {
    const store = new Store(openDatabase(db), () => new Date().toISOString());
    const everyone = people(store).slice(0, Number(rest[0]));
    const total = Number(rest[1]);
    const note = "x".repeat(2000);
    store.transaction(() => {
      store.insertInteraction({
        date: TODAY,
        kind: "meeting",
        direction: "mutual",
        note: "all hands",
        followUpOn: null,
        eventName: null,
        people: everyone,
      });
      for (let i = 0; i < total; i++) {
        store.insertInteraction({
          date: TODAY,
          kind: "share",
          direction: "gave",
          note: `${i} ${note}`,
          followUpOn: null,
          eventName: null,
          people: [everyone[i % everyone.length] as string],
        });
        if (i === Math.floor(total / 2)) say("halfway");
      }
      say("inside");
      // Hold the transaction open until the test kills this process.
      for (;;) sleep(1000);
    });
    break;
  }
  case "commit-then-hang": {
    const store = new Store(openDatabase(db), () => new Date().toISOString());
    const interaction = store.transaction(() =>
      store.insertInteraction({
        date: TODAY,
        kind: "meeting",
        direction: "mutual",
        note: "committed before the crash",
        followUpOn: null,
        eventName: null,
        people: people(store),
      }),
    );
    say(`committed ${interaction.id}`);
    for (;;) sleep(1000);
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}
