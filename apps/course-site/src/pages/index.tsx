import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

export default function Home(): ReactNode {
  return (
    <Layout description="An interactive course on the June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting joint press statement.">
      <main className="container margin-vert--lg">
        <h1>The 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting</h1>
        <p>
          <Link to="/statement">Read the statement</Link>
        </p>
      </main>
    </Layout>
  );
}
