"use client";

import { type Address, type Hash, encodeFunctionData } from "viem";
import { useConfig, useConnection } from "wagmi";
import { sendTransaction } from "wagmi/actions";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useWalletReady } from "../../../_hooks/useWalletReady.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useTransactionFlow } from "../../../_hooks/useTransactionFlow.ts";
import type { SignedAuthorization } from "../../../_lib/eip3009.ts";
import { formatAmount, formatEth } from "../../../_lib/format.ts";
import { authorizationExplainer, explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import { writeAsUnlocked } from "../../../_lib/local-node.ts";
import { merchantAt } from "../../../_lib/merchants.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";

const explain = (error: unknown) => explainLabError(error, [authorizationExplainer, tokenExplainer]);

function submissionArgs(signed: SignedAuthorization) {
  return [
    signed.from,
    signed.to,
    signed.value,
    signed.validAfter,
    signed.validBefore,
    signed.nonce,
    signed.signature,
  ] as const;
}

/**
 * The payee's side of a signed payment: submit it (and pay its gas). On the local chain the merchant's
 * unlocked account submits; anywhere, a connected wallet that is the payee can submit it itself. The
 * token checks everything (signature, window, nonce) and refuses with the reason otherwise.
 */
export function SubmitSignedPayment({
  signed,
  token,
}: {
  signed: SignedAuthorization;
  token: TypedContract<"TripToken">;
}) {
  const local = useLocalNode();
  const config = useConfig();
  const connection = useConnection();
  const walletReady = useWalletReady();
  const flow = useTransactionFlow();
  const merchant = merchantAt(signed.to);
  const payee = merchant?.shop ?? signed.to;
  const functionName =
    signed.kind === "ReceiveWithAuthorization" ? "receiveWithAuthorization" : "transferWithAuthorization";
  const connectedIsPayee = connection.address?.toLowerCase() === signed.to.toLowerCase();
  const asMerchant = local.available && merchant !== undefined && !connectedIsPayee;

  const submit = () =>
    flow.track(
      async ({ step, signing }): Promise<Hash> => {
        if (asMerchant) {
          step(`${payee} submits your signed payment and pays its gas…`);
          return writeAsUnlocked(local.client!, {
            from: signed.to as Address,
            address: token.address,
            abi: token.abi,
            functionName,
            args: submissionArgs(signed),
          });
        }
        const account = await walletReady(step);
        step("Checking the signed payment with the token…");
        await local.client!.simulateContract({
          account,
          address: token.address,
          abi: token.abi,
          functionName,
          args: submissionArgs(signed),
          blockTag: "pending",
        });
        signing();
        return sendTransaction(config, {
          to: token.address,
          data: encodeFunctionData({ abi: token.abi, functionName, args: submissionArgs(signed) }),
        });
      },
      { contractName: "TripToken", functionName, explain },
    );

  const mined = flow.state.phase === "confirmed" ? flow.state.mined : undefined;
  return (
    <div className="stack" data-submit-payment>
      {asMerchant || connectedIsPayee ? (
        <div className="row">
          <button type="button" className="button" disabled={flow.busy} onClick={() => void submit()}>
            {asMerchant ? `${payee} submits it` : "Submit it from your wallet (you are the payee)"}
          </button>
          <span className="muted small">
            {asMerchant
              ? `On the local chain, ${payee}'s till is one of the node's test accounts: it signs the transaction, not your browser.`
              : "You pay the gas; the payer pays nothing but the TRIP."}
          </span>
        </div>
      ) : (
        <p className="muted">
          Only {payee} can submit it: connect {payee}&apos;s wallet on this page and paste it in the
          merchant&apos;s desk below.
        </p>
      )}
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
      {mined ? (
        <dl className="who-paid" data-who-paid>
          <div className="card">
            <dt>The payer ({signed.from.slice(0, 8)}…)</dt>
            <dd>
              paid <strong>{formatAmount(signed.value, 18)} TRIP</strong> and <strong>0 ETH</strong> of gas
            </dd>
          </div>
          <div className="card">
            <dt>{payee}</dt>
            <dd>
              received <strong>{formatAmount(signed.value, 18)} TRIP</strong> and paid{" "}
              <strong>{formatEth(mined.fees.fee, 8)}</strong> of gas
            </dd>
          </div>
        </dl>
      ) : null}
    </div>
  );
}
