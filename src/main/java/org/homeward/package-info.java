/**
 * Homeward: the information system of a return-and-reconstruction coordination headquarters.
 * Each sub-package is one module (geography, sources, returns, ...) owning its tables, SQL and endpoints.
 */
package org.homeward;
