"""The method's stages after denoising, in their order (docs/method.md sections 3-6): `localize`
(attention -> rough mask M_b), `segment` (SAM proposals), `refine` (Region-IoU -> M_f), `smoother`
(FFT edge smoother -> M*_f) and `blend` (matte, layer and composite at full size). Each works on
numpy arrays and can be used alone."""
