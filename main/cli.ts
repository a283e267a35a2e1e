import { stdin, stdout, stderr } from 'node:process';
import { createInterface } from 'node:readline';
import { quietWriter } from './cli/quiet-writer.js';
import { runCli } from './cli/run-cli.js';

/** Read a line from the terminal without echoing it. */
function askSecret(prompt: string): Promise<string | undefined> {
  if (!stdin.isTTY) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const rl = createInterface({ input: stdin, output: stdout, terminal: true });
    const muted = rl as unknown as { _writeToOutput: (text: string) => void };
    stdout.write(prompt);
    muted._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      stdout.write('\n');
      resolve(answer);
    });
  });
}

const exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  out: quietWriter(stdout),
  err: quietWriter(stderr),
  askSecret,
  now: () => new Date(),
});
process.exitCode = exitCode;
