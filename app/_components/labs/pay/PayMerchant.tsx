"use client";

import { type FormEvent, useId, useState } from "react";
import { type Address, getAddress, isAddress } from "viem";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useChainNow } from "../../../_hooks/useLive.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useTokenDomain } from "../../../_hooks/useTokenDomain.ts";
import { useTypedDataSigner } from "../../../_hooks/useTypedDataSigner.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import {
  type Authorization,
  type SignedAuthorization,
  authorizationTypedData,
  cancelTypedData,
  encodeSignedAuthorization,
  newAuthorization,
  readableAuthorization,
} from "../../../_lib/eip3009.ts";
import type { ExplainedError } from "../../../_lib/errors.ts";
import { formatAmount } from "../../../_lib/format.ts";
import { authorizationExplainer, explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import { increaseTime } from "../../../_lib/local-node.ts";
import { MERCHANTS, merchantAt } from "../../../_lib/merchants.ts";
import { CopyButton } from "../../dapp/CopyButton.tsx";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";
import { type Choice, ChoiceList } from "../ChoiceList.tsx";
import { DEFAULT_VALIDITY_SECONDS, ValiditySelect } from "../ValiditySelect.tsx";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";
import { SubmitSignedPayment } from "./SubmitSignedPayment.tsx";

const explain = (error: unknown) => explainLabError(error, [authorizationExplainer, tokenExplainer]);

/** How long a signed payment stays valid, as offered to the visitor. */
type Method = "direct" | "signature";

const PAYMENT_METHODS: readonly Choice<Method>[] = [
  {
    value: "signature",
    label: "By signature",
    detail: "You sign; the merchant submits it and pays the gas. No ETH needed (EIP-3009).",
  },
  { value: "direct", label: "Directly", detail: "A TRIP transfer from your wallet: you pay the gas in ETH." },
];

/**
 * Pay a merchant in TRIP: directly (a `transfer`, the visitor pays the gas), or by signature (EIP-3009:
 * the visitor signs, the merchant submits and pays the gas). The signed payment is shown in readable
 * form before signing, and can be handed over, submitted, replayed, cancelled or left to expire.
 */
export function PayMerchant({
  token,
  tripBalance,
}: {
  token: TypedContract<"TripToken">;
  tripBalance: bigint | undefined;
}) {
  const visitor = useVisitor();
  const local = useLocalNode();
  const domain = useTokenDomain(token);
  const chainNow = useChainNow();
  const sign = useTypedDataSigner();
  const ids = useId();
  // The demo café on the local chain; elsewhere the visitor types the address (the demo accounts'
  // keys are public: never suggest one as a payee on a real network).
  const [pickedMerchant, setMerchant] = useState<string>(MERCHANTS.at(-1)?.address ?? "");
  const [typedMerchant, setTypedMerchant] = useState("");
  const [method, setMethod] = useState<Method>("signature");
  const localMerchants = local.available;
  const merchant = localMerchants ? pickedMerchant : typedMerchant;
  const [validity, setValidity] = useState<bigint>(DEFAULT_VALIDITY_SECONDS);
  const amount = useAmountField({ decimals: 18, symbol: "TRIP", balance: tripBalance }, "4.5");
  const [addressProblem, setAddressProblem] = useState<string>();
  const [draft, setDraft] = useState<Authorization>();
  const [signed, setSigned] = useState<SignedAuthorization>();
  const [signProblem, setSignProblem] = useState<ExplainedError>();
  const [signing, setSigning] = useState(false);
  const direct = useWriteFlow();
  const cancel = useWriteFlow();
  const [timeNote, setTimeNote] = useState<string>();

  const payee = (): Address | undefined => {
    if (!isAddress(merchant, { strict: false })) {
      setAddressProblem("Enter the merchant's address: 0x followed by 40 hexadecimal digits.");
      return undefined;
    }
    setAddressProblem(undefined);
    return getAddress(merchant);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const to = payee();
    const value = amount.take();
    if (!to || value === undefined) return;
    setSigned(undefined);
    setSignProblem(undefined);
    if (method === "direct") {
      setDraft(undefined);
      void direct.write({
        contractName: "TripToken",
        address: token.address,
        abi: token.abi,
        functionName: "transfer",
        args: [to, value],
        explain,
      });
      return;
    }
    if (!visitor || chainNow === undefined) {
      setSignProblem({
        kind: "not-connected",
        message: "Connect a wallet first (the button at the top right).",
      });
      return;
    }
    setDraft(
      newAuthorization({
        kind: "ReceiveWithAuthorization",
        from: visitor,
        to,
        value,
        chainNow,
        lifetimeSeconds: validity,
      }),
    );
  };

  const signDraft = async () => {
    if (!draft || !domain) return;
    setSigning(true);
    setSignProblem(undefined);
    try {
      const signature = await sign(authorizationTypedData(domain, draft));
      setSigned({ ...draft, chainId: domain.chainId, token: domain.verifyingContract, signature });
      setDraft(undefined);
      setTimeNote(undefined);
      cancel.reset();
    } catch (error) {
      setSignProblem(explain(error));
    } finally {
      setSigning(false);
    }
  };

  const cancelSigned = async () => {
    if (!signed || !domain) return;
    try {
      const signature = await sign(cancelTypedData(domain, signed.from, signed.nonce));
      await cancel.write({
        contractName: "TripToken",
        address: token.address,
        abi: token.abi,
        functionName: "cancelAuthorization",
        args: [signed.from, signed.nonce, signature],
        explain,
      });
    } catch (error) {
      setSignProblem(explain(error));
    }
  };

  const nameOf = (address: Address) => merchantAt(address)?.shop ?? (address === visitor ? "You" : undefined);

  return (
    <div className="stack">
      <form className="lab-form" onSubmit={submit} noValidate>
        {localMerchants ? (
          <ChoiceList
            legend="Merchant"
            choices={MERCHANTS.map((shop) => ({
              value: shop.address,
              label: shop.shop,
              detail: <span className="hex">{shop.address.slice(0, 10)}…</span>,
            }))}
            value={merchant}
            onChange={setMerchant}
          />
        ) : (
          <div className="field">
            <label htmlFor={`${ids}-address`}>Merchant&apos;s address</label>
            <input
              id={`${ids}-address`}
              className="mono"
              value={merchant}
              onChange={(event) => setTypedMerchant(event.target.value)}
              {...invalidFieldProps(`${ids}-address`, addressProblem)}
            />
            <FieldError fieldId={`${ids}-address`} error={addressProblem} />
          </div>
        )}
        <AmountField
          label="TRIP to pay"
          hint={tripBalance !== undefined ? `You hold ${formatAmount(tripBalance, 18)} TRIP.` : undefined}
          {...amount.field}
        />
        <ChoiceList legend="How" choices={PAYMENT_METHODS} value={method} onChange={setMethod} />
        {method === "signature" ? <ValiditySelect value={validity} onChange={setValidity} /> : null}
        <div className="row">
          <button type="submit" className="button" disabled={direct.busy || signing}>
            {method === "direct" ? "Pay" : "Review the payment to sign"}
          </button>
        </div>
      </form>
      <TransactionStatus state={direct.state} onDismiss={direct.reset} />

      {draft && domain ? (
        <section className="card stack" aria-labelledby={`${ids}-review`}>
          <h3 id={`${ids}-review`}>What you are about to sign</h3>
          <dl className="readable" data-readable-authorization>
            {readableAuthorization(domain, draft, { symbol: "TRIP", decimals: 18, nameOf }).map((line) => (
              <div key={line.label} style={{ display: "contents" }}>
                <dt>{line.label}</dt>
                <dd>
                  {line.value}
                  {line.note ? <span className="hint">{line.note}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
          <p className="small muted">
            Your wallet shows the same fields as EIP-712 typed data (<code>ReceiveWithAuthorization</code>).
            Signing costs nothing and sends nothing: it only makes a payment the merchant can collect.
          </p>
          <div className="row">
            <button type="button" className="button" disabled={signing} onClick={() => void signDraft()}>
              {signing ? "Waiting for your wallet…" : "Sign the payment"}
            </button>
            <button type="button" className="button ghost" onClick={() => setDraft(undefined)}>
              Change it
            </button>
          </div>
        </section>
      ) : null}
      {signProblem ? (
        <p className="error" role="alert">
          {signProblem.message}
        </p>
      ) : null}

      {signed ? (
        <section className="card stack" aria-labelledby={`${ids}-signed`} data-signed-payment>
          <h3 id={`${ids}-signed`}>
            Signed: a payment {merchantAt(signed.to)?.shop ?? "the payee"} can collect
          </h3>
          {!local.available ? (
            <p>
              Hand this text to the merchant (it holds no secret: only the merchant can collect it, once,
              before it expires).
            </p>
          ) : null}
          <pre className="payload" tabIndex={0} aria-label="The signed payment">
            {encodeSignedAuthorization(signed)}
          </pre>
          <div className="row">
            <CopyButton text={encodeSignedAuthorization(signed)} label="Copy the signed payment" />
          </div>
          <SubmitSignedPayment key={signed.nonce} signed={signed} token={token} />
          <div className="row">
            <button
              type="button"
              className="button ghost"
              disabled={cancel.busy}
              onClick={() => void cancelSigned()}
            >
              Cancel this signed payment
            </button>
            {local.available ? (
              <button
                type="button"
                className="button ghost"
                onClick={() =>
                  void increaseTime(local.node, 120n).then(
                    () => setTimeNote("Two minutes passed on the chain's clock."),
                    (error: unknown) => setTimeNote(explain(error).message),
                  )
                }
              >
                Let 2 minutes pass (local chain)
              </button>
            ) : null}
          </div>
          {timeNote ? (
            <p className="small" aria-live="polite">
              {timeNote}
            </p>
          ) : null}
          <TransactionStatus state={cancel.state} onDismiss={cancel.reset} />
          <p className="small muted">
            Try it: submit it twice, cancel it before it is used, or let a 1-minute payment expire: the token
            refuses each with the reason.
          </p>
        </section>
      ) : null}
    </div>
  );
}
