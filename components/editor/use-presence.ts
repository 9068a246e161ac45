'use client';

import { useEffect, useState } from 'react';
import { presenceAction } from '@/lib/actions/story-desk';
import { PRESENCE_BEAT_MS } from '@/lib/presence';

/**
 * Who else has this story open. A heartbeat keeps this person present; leaving the page
 * (`pagehide`, which also covers closing the tab and going to another page) is announced with a
 * beacon, and a page that never says goodbye drops out when its heartbeat stops.
 */
export function usePresence(storyId: number | undefined): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    if (!storyId) return;
    const beat = async () => {
      const data = new FormData();
      data.set('storyId', String(storyId));
      const result = await presenceAction(null, data).catch(() => null);
      if (result?.ok) setOthers(result.data);
    };
    const leave = () => {
      navigator.sendBeacon('/api/presence', new URLSearchParams({ storyId: String(storyId) }));
    };
    // Back from the back-forward cache: present again without waiting for the next beat.
    const back = (event: PageTransitionEvent) => {
      if (event.persisted) void beat();
    };
    void beat();
    const timer = window.setInterval(() => void beat(), PRESENCE_BEAT_MS);
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      // Leaving this story for another inside the app (no pagehide).
      leave();
    };
  }, [storyId]);
  return others;
}
