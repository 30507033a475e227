const { src, dest } = require('gulp');

// tsc does not copy assets: the compiled nodes and credentials reference the icons as ../icons and ../../icons.
function buildIcons() {
	return src('icons/**/*.{png,svg}', { encoding: false }).pipe(dest('dist/icons'));
}

exports['build:icons'] = buildIcons;
