/** What every course diagram takes from the lesson that places it. */
export interface DiagramProps {
  lang: 'en' | 'pt-br';
  /** Optional id prefix, only needed if the diagram appears twice on one page. */
  id?: string;
}
