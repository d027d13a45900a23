// `cognito-idp-mock serve`: the standalone server.
import { createCognitoMock } from "../engine/create.js";
import { startServer, type RunningServer } from "../server/server.js";
import { controlHandlers } from "../server/control.js";
import { seedDemo, type DemoIds } from "../server/demo.js";

export interface ServeOptions {
  host: string;
  port: number;
  region: string;
  demo: boolean;
  seed?: string;
}

export async function serve(o: ServeOptions): Promise<{ running: RunningServer; demo?: DemoIds }> {
  // any host and any path "/" reaches the engine: the server is the endpoint, whatever name it is called by
  const mock = createCognitoMock({ region: o.region, seed: o.seed ?? "cognito-idp-mock", endpoints: [(url) => url.pathname === "/"] });
  let demo: DemoIds | undefined;
  const seed = async () => (o.demo ? (demo = await seedDemo(mock, o.region)) : undefined);
  await seed();
  const running = await startServer({ host: o.host, port: o.port, handlers: [...controlHandlers(mock, seed), ...mock.handlers] });
  mock.setPublicUrl(running.url);
  return { running, demo };
}
