/** How an event moved Twitter relative to crypto: −2 strongly away … +2 strongly toward. */
export const STANCE_MIN = -2;
export const STANCE_MAX = 2;
