import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

import { PortInUseError, freePort, startServer } from "../scripts/lib/server-process.ts";

describe("servers started for the chain and the dApp", () => {
  const directory = mkdtempSync(join(tmpdir(), "wayfare-server-"));
  after(() => rmSync(directory, { recursive: true, force: true }));

  // A stand-in server: answers HTTP on the port it is given and says so on stdout.
  const script = join(directory, "server.mjs");
  writeFileSync(
    script,
    `import { createServer } from "node:http";
     const port = Number(process.argv[2]);
     createServer((_, response) => response.end("ok")).listen(port, "127.0.0.1", () => console.log("listening on " + port));`,
  );
  const answers = async (url: string) => (await fetch(url).catch(() => undefined))?.ok ?? false;
  const start = async () => {
    const port = await freePort();
    return startServer({
      name: "stand-in",
      script,
      args: [String(port)],
      port,
      answers,
      readyTimeoutMs: 10_000,
    });
  };

  it("reports a server that dies on its own, with its signal and last output", async () => {
    const server = await start();
    process.kill(server.pid, "SIGKILL");
    const exit = await server.exited;
    assert.equal(exit.signal, "SIGKILL");
    assert.match(exit.output, new RegExp(`listening on ${server.port}`));
  });

  it("stops a server by its process group, and its exit settles too", async () => {
    const server = await start();
    await server.stop();
    assert.equal((await server.exited).signal, "SIGTERM");
    assert.equal(await answers(server.url), false);
  });

  it("names the port and what to do when the port is taken", () => {
    assert.match(
      new PortInUseError(8545).message,
      /Port 8545 on 127\.0\.0\.1 is already in use: stop whatever runs there/,
    );
  });
});
