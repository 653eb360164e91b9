// The site's one script: every page loads this file (src/layouts/Base.astro), so a page makes one request for
// its enhancements, early, instead of one per component found as the page is read (up to seven on the front
// page, some importing others), each a round trip on a slow phone connection before the page counted as
// drawn (issue 22). It is cached for the next page. Each module acts only on its own elements or links,
// so loading one a page does not use changes nothing there.
import './font-in';
import './lang-switch';
import './note-preview';
import './term-popover';
import './toc-spy';
import './share-controls';
import './chart-tips';
import './chart-reuse';
import './print-button';
import './old-fragment';
