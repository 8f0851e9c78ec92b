"use client";

import { useId, useState } from "react";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useNetwork } from "../../../_hooks/useNetwork.ts";
import { useTokenDomain } from "../../../_hooks/useTokenDomain.ts";
import {
  type SignedAuthorization,
  decodeSignedAuthorization,
  readableAuthorization,
} from "../../../_lib/eip3009.ts";
import { merchantAt } from "../../../_lib/merchants.ts";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";
import { SubmitSignedPayment } from "./SubmitSignedPayment.tsx";

/** The merchant's side: paste a signed payment someone handed over, read it, and collect it. */
export function MerchantDesk({ token }: { token: TypedContract<"TripToken"> }) {
  const id = useId();
  const network = useNetwork();
  const domain = useTokenDomain(token);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();
  const [payment, setPayment] = useState<SignedAuthorization>();

  const read = () => {
    const decoded = decodeSignedAuthorization(text);
    setPayment(undefined);
    if (!decoded.ok) return setProblem(decoded.message);
    const { value } = decoded;
    if (value.chainId !== network.chainId || value.token.toLowerCase() !== token.address.toLowerCase()) {
      return setProblem(
        `This payment is for chain ${value.chainId} and token ${value.token}, not for TRIP on ${network.name}.`,
      );
    }
    setProblem(undefined);
    setPayment(value);
  };

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={id}>Signed payment</label>
        <textarea
          id={id}
          className="payload-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder='{ "type": "wayfare/ReceiveWithAuthorization", … }'
          {...invalidFieldProps(id, problem)}
        />
        <FieldError fieldId={id} error={problem} />
      </div>
      <div className="row">
        <button type="button" className="button ghost" onClick={read}>
          Read it
        </button>
      </div>
      {payment && domain ? (
        <div className="card stack">
          <dl className="readable">
            {readableAuthorization(domain, payment, {
              symbol: "TRIP",
              decimals: 18,
              nameOf: (address) => merchantAt(address)?.shop,
            }).map((line) => (
              <div key={line.label} style={{ display: "contents" }}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
          <SubmitSignedPayment key={payment.nonce} signed={payment} token={token} />
        </div>
      ) : null}
    </div>
  );
}
