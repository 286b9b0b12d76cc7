// The two links a room has. The instructor's secret travels in the fragment, which browsers never send to a
// server or in a Referer; the join link is short enough to read off a slide.
export const workshopPagePath = (locale: string) => `/${locale}/workshop/`;

export const instructorPath = (locale: string, roomId: string, secret: string) => `${workshopPagePath(locale)}#room=${roomId}&secret=${secret}`;

export const joinPath = (code: string) => `/j/${code}`;

/** The page a join link redirects to (the server reads the language from Accept-Language). */
export const joinPagePath = (locale: string, code: string) => `${workshopPagePath(locale)}#join=${code}`;
