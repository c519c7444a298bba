// gender-detection-from-name ships its lists as CommonJS modules without types.
declare module 'gender-detection-from-name/names/*.js' {
  const names: Map<string, 'male' | 'female' | 'unisex'>;
  export default names;
}
