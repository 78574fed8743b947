import json,glob,collections,os
f=max(glob.glob('scratch/prof/*.cpuprofile'),key=os.path.getmtime)
p=json.load(open(f))
nodes={n['id']:n for n in p['nodes']}
self_t=collections.Counter()
dt=p['timeDeltas']; samples=p['samples']
for s,d in zip(samples,dt): self_t[s]+=d
byfn=collections.Counter()
for nid,t in self_t.items():
    cf=nodes[nid]['callFrame']; byfn[(cf['functionName'],cf['url'].split('/')[-1],cf['lineNumber'])]+=t
tot=sum(self_t.values())
for k,v in byfn.most_common(25): print(f"{v/1000:8.0f}ms {v/tot*100:5.1f}% {k}")
# inclusive for selected
parent={}
for n in p['nodes']:
    for c in n.get('children',[]): parent[c]=n['id']
incl=collections.Counter()
for nid,t in self_t.items():
    seen=set(); x=nid
    while x is not None:
        cf=nodes[x]['callFrame']; key=(cf['functionName'],cf['url'].split('/')[-1])
        if key not in seen: incl[key]+=t; seen.add(key)
        x=parent.get(x)
print('--- inclusive')
for k,v in incl.most_common(40):
    if 'node_modules' in k[1] or k[1].endswith('.ts') or True: print(f"{v/1000:8.0f}ms {k}")
