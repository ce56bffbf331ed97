import { Link, useParams } from 'react-router';
import { ArticlePageDocument } from '../api/operations';
import { useQuery } from '../api/useQuery';
import { QueryStatus } from '../components/QueryStatus';

/** An article: what it reports and which agencies it cites. */
export function ArticlePage() {
  const { id = '' } = useParams();
  const state = useQuery(ArticlePageDocument, { id });
  return (
    <QueryStatus state={state} what="the article">
      {({ article }) =>
        article ? (
          <article>
            <p className="kind">Article</p>
            <h1>{article.title}</h1>
            <p>
              Published {article.published}
              {article.publisher ? ` by ${article.publisher}` : ''}
              {article.url && (
                <>
                  {' · '}
                  <a href={article.url} rel="noreferrer noopener">
                    original
                  </a>
                </>
              )}
            </p>
            <p className="actions">
              <Link to={`/graph/${encodeURIComponent(article.id)}`}>Open in graph</Link>
            </p>
            <h2>Cites</h2>
            {article.cites.length === 0 ? (
              <p className="none">No agency.</p>
            ) : (
              <ul>
                {article.cites.map((a) => (
                  <li key={a.id}>
                    <Link to={`/actor/${encodeURIComponent(a.id)}`}>{a.name}</Link>
                  </li>
                ))}
              </ul>
            )}
            <h2>Reports ({article.reports.length})</h2>
            <ul>
              {article.reports.map((s) => (
                <li key={s.id}>
                  <Link to={`/statement/${encodeURIComponent(s.id)}`}>{s.text}</Link>
                </li>
              ))}
            </ul>
          </article>
        ) : (
          <div className="error" role="alert">
            <strong>No article with id “{id}”.</strong>
          </div>
        )
      }
    </QueryStatus>
  );
}
