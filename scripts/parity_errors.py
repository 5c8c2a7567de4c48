#!/usr/bin/env python3
"""Per article, quotations by women and men in the gold against the output, where they differ.

Usage: scripts/parity_errors.py even|odd|dev   (after cargo build --release -p depeche)
Shows, for each article whose counts differ, the gold speakers with their gender and the
predicted speakers with their entity's gender, to tell a gender error from a quotation or
attribution miss.
"""
import json,glob,os,subprocess,sys
sys.path.insert(0, os.path.join(os.environ.get("SHARED", "../shared"), "eval")); from score import norm
which=sys.argv[1]
if which in('even','odd'):
    fs=sorted(glob.glob(os.environ.get('SHARED','../shared')+'/data/wikinews-dev/*.gold.json'))
    fs=[f for f in fs if (int(os.path.basename(f).split('.')[0])%2==0)==(which=='even')]
    tdir=os.environ.get('SHARED','../shared')+'/data/wikinews-fr/txt'
else:
    fs=sorted(glob.glob(os.environ.get('SHARED','../shared')+'/data/dev-articles/*.gold.json')); tdir=os.environ.get('SHARED','../shared')+'/data/dev-articles'
for f in fs:
    n=os.path.basename(f)[:-10]; g=json.load(open(f))
    gg={}
    for e in g['entities']:
        if e['type']=='PER':
            for m in e['mentions']+[e['name']]: gg[norm(m)]=e['gender']
    pub = "" if g.get("published_inferable") or not g.get("published") else f"--published {g['published']}"
    p=json.loads(subprocess.run(f"target/release/depeche analyze {pub} {tdir}/{n}.txt",shell=True,capture_output=True,text=True).stdout)
    ents={e['id']:e for e in p['entities']}
    gs=[(q['speaker'], gg.get(norm(q['speaker'])) or next((gg[norm(m)] for m in q.get('speaker_mentions',[]) if norm(m) in gg),None)) for q in g.get('quotes',[])]
    ps=[]
    for q in p['quotes']:
        sp=q.get('speaker') or {}
        e=ents.get(sp.get('entity'))
        ps.append((sp.get('name'), e.get('gender') if e else None))
    from collections import Counter
    cg=Counter(x for _,x in gs if x); cp=Counter(x for _,x in ps if x in('f','m'))
    if cg!=cp:
        print(n,'GOLD',dict(cg),'PRED',dict(cp))
        print('   gold:',Counter(gs).most_common())
        print('   pred:',Counter(ps).most_common())
