import { Slide, Topic, Update } from "../deck/parts.tsx";

const TOPIC = "History";

export function History() {
  return (
    <Topic title={TOPIC}>
      <Slide id="history" title={TOPIC}>
        <h3 className="subheading">The ARPANET: peers from the start</h3>
        <p>
          The internet began as a peer-to-peer network. Its ancestor, the ARPANET (Advanced Research Projects
          Agency Network), was a US project started in 1966 to share computing resources between sites across
          the country, with resilience in mind: military planners wanted communications that would survive the
          loss of any one site.
        </p>
        <p>
          Those goals suit peer-to-peer naturally. The first four hosts, UCLA, SRI, UC Santa Barbara and the
          University of Utah, were connected in 1969 as equal peers.
        </p>
      </Slide>
      <Slide id="history-telnet-ftp" topic={TOPIC} title="Open by default: Telnet and FTP">
        <p>
          Early on there was little security: most users were researchers who knew each other. Two of the
          first popular applications, Telnet (1969) for working on a remote computer and FTP (1971) for moving
          files, were client–server programs.
        </p>
        <p>
          But with no walls between hosts, use stayed symmetric: any host could Telnet or FTP to any other,
          and most servers were clients too, and the other way round.
        </p>
      </Slide>
      <Slide id="history-usenet" topic={TOPIC} title="Usenet, 1980">
        <p>
          Usenet, first deployed in 1980, was one of the first applications to be peer-to-peer in today’s
          sense. It started with two hosts, one at the University of North Carolina and one at Duke
          University.
        </p>
        <p>
          People read and posted messages on a topic, a <em>newsgroup</em>, by connecting to their local host.
          Every so often the hosts synchronised their collections of news using UUCP, the Unix-to-Unix Copy
          Protocol.
        </p>
      </Slide>
      <Slide id="history-usenet-growth" topic={TOPIC} title="How Usenet grew">
        <p>
          As topics and messages multiplied, Usenet got a TCP/IP protocol of its own for finding and
          exchanging news efficiently: NNTP, the Network News Transfer Protocol (1986).
        </p>
        <p>
          A new server joins by setting up a news exchange with at least one existing server. It regularly
          downloads that server’s news and sends back what its own users posted. Other servers do the same
          with their neighbours, so news spreads across the network with no centre.
        </p>
      </Slide>
      <Slide id="history-hosts-txt" topic={TOPIC} title="Names before DNS">
        <p>
          Computers reach each other by IP address, but people prefer names. At first the two were matched in
          one text file, <code>hosts.txt</code>, a list of pairs such as{" "}
          <code>wayfare.example 192.0.2.10</code>.
        </p>
        <p>
          To stay current, everyone had to download the file again and again. As the number of hosts grew,
          that soon stopped being workable.
        </p>
      </Slide>
      <Slide id="history-dns" topic={TOPIC} title="DNS, 1983: a hybrid peer-to-peer network">
        <p>
          The Domain Name System, released in 1983, replaced the file with a hierarchy. Each domain has an
          authority whose name servers answer for its hosts. Root servers know the top-level domains (the last
          part of a name, such as <code>.org</code>); <code>.org</code> knows the servers for{" "}
          <code>wikipedia.org</code>, and they know <code>en.wikipedia.org</code>.
        </p>
        <p>
          Every level caches the answers it gets, which let DNS grow from a few hundred hosts in 1983 to over
          360 million registered domain names by the end of 2024.
        </p>
      </Slide>
      <Slide id="history-mass-market" topic={TOPIC} title="The late 1990s: everyone comes online">
        <p>
          In the 1990s millions of ordinary people joined the researchers and enthusiasts, and by the late
          1990s the number of users was exploding. Most newcomers wanted to consume, like reading a newspaper
          or watching television, not to publish.
        </p>
        <p>
          Connections were slow, home computers modest and two-way links hard to set up. So links became
          asymmetric and client–server took over: providers ran powerful servers, and clients needed no
          permanent address and could sit behind firewalls and NAT.
        </p>
      </Slide>
      <Slide id="history-spam" topic={TOPIC} title="1994: the first big spam">
        <p>
          The internet had been built on cooperation among people who shared its values. Many newcomers did
          not, and cooperation broke down.
        </p>
        <p>
          In April 1994 a small law firm, Canter &amp; Siegel, posted an advert to thousands of Usenet
          newsgroups at once. The “green card spam” disgusted the community but soon became commonplace. The
          firm did not pay for the advert’s delivery: the users did, with their computing power.
        </p>
      </Slide>
      <Slide id="history-firewalls" topic={TOPIC} title="Firewalls and changing addresses">
        <p>
          Uncooperative behaviour raised security worries. Any machine that could reach the internet could
          also be reached from it, and not every user could be trusted to protect theirs. So administrators
          deployed firewalls: users could contact outside servers, but outsiders could not contact the inside
          network.
        </p>
        <p>
          IP addresses were also running short, so dynamic addressing became the norm: the provider lends a
          client a free address, which changes at every connection.
        </p>
      </Slide>
      <Slide id="history-nat" topic={TOPIC} title="NAT: many devices, one address">
        <p>
          Network Address Translation lets many devices share one public address. At home each device has a
          private address such as <code>192.168.0.2</code>; to reach the outside it goes through the router,
          which makes the request from the public address and passes the reply back. Nothing gets in
          uninvited.
        </p>
        <p>
          Providers now combine NAT with dynamic addresses, often in several layers. That made peer-to-peer
          much harder and helped client–server win.
        </p>
        <Update>
          IPv6 has enough addresses for every device; close to half of Google’s users reached it over IPv6 in
          2025.
        </Update>
      </Slide>
      <Slide id="history-napster" topic={TOPIC} title="Napster, 1999">
        <p>
          Modern peer-to-peer file sharing began in 1999 with Napster, which let people download files, mostly
          MP3 music, straight from other users’ computers. At its peak it had over 80 million users, and
          musicians sued it for copyright infringement.
        </p>
        <p>
          Napster was hybrid: files moved between peers, but the index was a central server, and that is what
          brought it down (it closed in 2001). It still paved the way for what came next.
        </p>
      </Slide>
    </Topic>
  );
}
