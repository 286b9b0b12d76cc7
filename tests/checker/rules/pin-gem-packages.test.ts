import { testRule } from '../rule-tester.ts';

testRule('pin-gem-packages', {
  valid: [
    'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.6',
    { code: 'FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.6', name: '-v pins every gem of the command' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install bundler --version \'~> 2.5\'', name: '--version with a requirement' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install bundler --version=2.5.6', name: '--version=' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install nokogiri:1.16.5 -- --use-system-libraries', name: 'build options after --' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install rails:7.1.3 --no-document', name: 'a flag after the gem' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install ./pkg/tool-0.1.0.gem', name: 'a local .gem file' },
    'FROM ruby:3.3-slim\nRUN gem update --system 3.5.11',
    'FROM ruby:3.3-slim\nRUN bundle install',
  ],
  invalid: [
    { code: 'FROM ruby:3.3-slim\nRUN gem install bundler', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 24 }] },
    { code: 'FROM ruby:3.3-slim\nRUN gem i rake', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'the i shorthand' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install --no-document rails', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a flag before the gem' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install rails:7.1.3 puma', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'one unpinned among pinned' },
    { code: 'FROM ruby:3.3-slim\nRUN gem install --install-dir /opt/gems sinatra', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'after an option and its value' },
    { code: 'FROM ruby:3.3-slim\nONBUILD RUN gem install rake', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});
