/** Whether the pane is wide enough for separate band, award and appraisal columns (a pane dragged wider, or a browser). */
import { useEffect, useState } from 'react';

const query = '(min-width: 560px)';

export function useWide(): boolean {
  const [wide, setWide] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const change = (): void => setWide(media.matches);
    change();
    media.addEventListener('change', change);
    return () => media.removeEventListener('change', change);
  }, []);
  return wide;
}
