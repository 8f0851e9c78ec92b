"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";

import { parseSearch, searchHref } from "../../_lib/search.ts";

/** Search by block number, transaction hash or address. */
export function SearchBox() {
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = parseSearch(query);
    if (target.kind === "invalid") {
      setProblem(target.message);
      return;
    }
    setProblem(null);
    router.push(searchHref(target));
  };

  return (
    <form role="search" className="stack" onSubmit={submit} aria-label="Search the chain">
      <div className="search-form">
        <label htmlFor={id} className="visually-hidden">
          Block number, transaction hash or address
        </label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="Block number, transaction hash or address"
          value={query}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
