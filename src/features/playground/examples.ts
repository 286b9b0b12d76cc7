// The playground's examples (content/playground-examples.json): titles for the page, code for the client.
import examplesFile from '../../../content/playground-examples.json' with { type: 'json' };

export const examples = examplesFile.examples;
