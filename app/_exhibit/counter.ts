/**
 * The exhibit's slide counter. Like the original's "3 of 10", it counts slides inside the current
 * topic, and says which topic of how many it is: "Topic 4 of 24 · 3 of 10". A topic of one slide
 * shows only its topic number.
 */
export interface DeckPosition {
  /** 0-based index of the topic (horizontal slide). */
  topic: number;
  topics: number;
  /** 0-based index of the slide inside the topic (vertical slide). */
  slide: number;
  slides: number;
}

export function counterText({ topic, topics, slide, slides }: DeckPosition): string {
  const topicPart = `Topic ${topic + 1} of ${topics}`;
  return slides > 1 ? `${topicPart} · ${slide + 1} of ${slides}` : topicPart;
}
