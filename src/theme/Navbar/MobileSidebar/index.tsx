import { useState, type ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

/**
 * The phone menu is built the first time the learner opens it, then kept (so
 * that it can slide closed and open again). The classic theme builds it,
 * closed, on every page view on a phone: every module link, each with its own
 * IntersectionObserver. That was main-thread time on the slowest devices;
 * and on phones 393–430 px wide the closed menu's links briefly overlap the
 * screen as it settles, so Docusaurus prefetched the scripts of every module
 * (about 95 KiB per page view).
 */
export default function MobileSidebarWrapper(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  // Adjusting state while rendering (not in an effect): the menu is there in the same render that opens it.
  if (shown && !opened) setOpened(true);
  return opened ? <MobileSidebar /> : null;
}
