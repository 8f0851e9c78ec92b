// A page as the server rendered it, with every script taken out: what its HTML and CSS cost on their
// own, so the Lighthouse table can set the framework's start-up, hydration and the page's own
// scripts apart from its markup and styles.
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

import { HOST } from "../../scripts/lib/server-process.ts";

/** Script elements, and the hints that would still download their files. */
const SCRIPTS =
  /<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*rel="modulepreload"[^>]*>/g;

function withoutScripts(html: string): string {
  return html.replace(SCRIPTS, "");
}

export interface ScriptlessServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves `upstream`'s pages without their scripts on a free port of 127.0.0.1; every other request
 * (stylesheets, images) is passed through unchanged.
 */
export async function serveWithoutScripts(upstream: string): Promise<ScriptlessServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const answer = await fetch(new URL(request.url ?? "/", upstream), {
          headers: { accept: request.headers.accept ?? "*/*" },
        });
        const type = answer.headers.get("content-type") ?? "application/octet-stream";
        const body = type.startsWith("text/html")
          ? withoutScripts(await answer.text())
          : Buffer.from(await answer.arrayBuffer());
        // Compressed as next start compresses, so the simulated download matches the original's.
        response
          .writeHead(answer.status, { "content-type": type, "content-encoding": "gzip" })
          .end(gzipSync(body));
      } catch (error) {
        response.writeHead(502, { "content-type": "text/plain" }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connections open; they must not hold the server.
        server.closeAllConnections();
      }),
  };
}
