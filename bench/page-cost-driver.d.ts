// The page-cost driver is a plain script for the page; loading it only sets `window.pageCost`.
export {};
