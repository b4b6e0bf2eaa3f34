import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';

import ConceptModel from '@site/src/components/ConceptModel';
import Ecogram from '@site/src/components/Ecogram';
import Funnel from '@site/src/components/Funnel';
import StepFlow from '@site/src/components/StepFlow';
import TwoTracks from '@site/src/components/TwoTracks';
import type { Deck, Slide, SlideDiagram } from '@site/src/plugins/slides/schema';
import styles from './styles.module.css';

/** The module diagram a slide names, drawn by the same component as on the learner pages. */
function Diagram({ diagram }: { readonly diagram: SlideDiagram }): ReactNode {
  switch (diagram.type) {
    case 'concept-model':
      return <ConceptModel {...diagram} />;
    case 'funnel':
      return <Funnel {...diagram} />;
    case 'step-flow':
      return <StepFlow {...diagram} />;
    case 'two-tracks':
      return <TwoTracks {...diagram} />;
    case 'ecogram':
      return <Ecogram {...diagram} />;
  }
}

export function TitleSlide({
  deck,
  day,
}: {
  readonly deck: Deck;
  readonly day: string;
}): ReactNode {
  return (
    <div className={styles.titleSlide}>
      <p className={styles.kicker}>{`${day} · ${deck.time}`}</p>
      <Heading as="h2" className={styles.deckTitle}>
        {deck.title}
      </Heading>
      <p className={styles.summary}>{deck.summary}</p>
    </div>
  );
}

export default function SlideContent({ slide }: { readonly slide: Slide }): ReactNode {
  return (
    <div className={slide.diagram && slide.points ? styles.withDiagram : styles.body}>
      <Heading as="h2" className={styles.slideTitle}>
        {slide.title}
      </Heading>
      {slide.points && (
        <ul className={styles.points}>
          {slide.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      {slide.diagram && (
        <div className={styles.diagram} data-slide-diagram>
          <Diagram diagram={slide.diagram} />
        </div>
      )}
      {slide.source && (
        <p className={styles.source}>
          <Translate
            id="slides.source"
            description="Where a slide's content comes from, e.g. 'Report, chapter 3.3'"
            values={{ source: slide.source }}>
            {'Source: {source}'}
          </Translate>
        </p>
      )}
    </div>
  );
}
