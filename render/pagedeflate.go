package render

import (
	"bytes"

	"pleadgen/pdffile"
)

// pageDeflater deflates a document's pages on a goroutine of its own while
// the next pages are drawn and the fonts cut: on a machine with a core to
// spare, a single document's PDF is made in the time its drawing takes.
type pageDeflater struct {
	jobs chan []byte
	done chan struct{}
	z    *pdffile.Deflater
	// streams, when not nil, are the pages of the document's last good
	// render: only this goroutine reads and adds to them until done.
	streams *pageStreams
	out     [][]byte // each page's deflated content, in order
	err     error    // the first page that could not be deflated
	waited  bool
}

// startPageDeflater starts deflating the pages given to it, in order,
// with z, which nothing else uses until wait returns.
func startPageDeflater(z *pdffile.Deflater, streams *pageStreams) *pageDeflater {
	p := &pageDeflater{jobs: make(chan []byte, 16), done: make(chan struct{}), z: z, streams: streams}
	go p.run()
	return p
}

func (p *pageDeflater) run() {
	defer close(p.done)
	for content := range p.jobs {
		if p.err != nil {
			continue
		}
		var z []byte
		var err error
		if p.streams != nil {
			z, err = p.streams.deflated(content, p.z.Flate)
		} else {
			z, err = p.z.Flate(content)
		}
		p.out, p.err = append(p.out, z), err
	}
}

// add gives the deflater a page's content, which it copies.
func (p *pageDeflater) add(content []byte) { p.jobs <- bytes.Clone(content) }

// wait waits for every page given and returns their deflated contents.
// It may be called again, and must be called once the last page is given.
func (p *pageDeflater) wait() ([][]byte, error) {
	if !p.waited {
		p.waited = true
		close(p.jobs)
		<-p.done
	}
	return p.out, p.err
}
