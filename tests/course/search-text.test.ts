// What the search index reads: buttons leave it, header cells get a space; inline scripts are never touched.
import { describe, expect, it } from 'vitest';
import { forSearch } from '../../src/course/search-text.ts';

describe('forSearch', () => {
  it('keeps controls out of the index and separates header cells', () => {
    expect(forSearch('<p>Start</p><button type="button">Reset</button><button>Stop</button>')).toBe(
      '<p>Start</p><button data-pagefind-ignore type="button">Reset</button><button data-pagefind-ignore>Stop</button>',
    );
    expect(forSearch('<tr><th>PID</th><th>PPID</th><td>1</td></tr>')).toBe('<tr><th>PID</th> <th>PPID</th> <td>1</td></tr>');
  });

  it('leaves inline scripts and look-alike tags as they are', () => {
    const script = '<script>const b = "<button>"; const c = "</th><th>";</script>';
    expect(forSearch(script)).toBe(script);
    expect(forSearch('<buttons-bar></buttons-bar><thead></thead>')).toBe('<buttons-bar></buttons-bar><thead></thead>');
  });
});
