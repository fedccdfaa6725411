// The only door to PeerJS: a dynamic import of the whole package keeps every export (the MsgPack
// serializer and its codec among them), while this re-export lets the bundler drop what `Peer` never uses.
export { Peer } from 'peerjs';
