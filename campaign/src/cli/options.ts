import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string | undefined;
  targets: string[];
  values: {
    size?: string;
    en?: boolean;
    campaign?: string;
    placement?: string;
    out?: string;
    origin?: string;
    small?: boolean;
    force?: boolean;
    'voice-dir'?: string;
    help?: boolean;
  };
}

export function parseCli(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      size: { type: 'string' },
      en: { type: 'boolean' },
      campaign: { type: 'string' },
      placement: { type: 'string' },
      out: { type: 'string' },
      origin: { type: 'string' },
      small: { type: 'boolean' },
      force: { type: 'boolean' },
      'voice-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...targets] = positionals;
  return { command, targets, values };
}
