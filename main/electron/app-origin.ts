/** The app's own scheme and origin; free of electron so pure checks and their tests can name them. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://draaiboek`;
